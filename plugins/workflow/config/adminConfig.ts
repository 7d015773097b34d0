import type { Config, PayloadComponent } from 'payload'

import type { WorkflowSettings } from '../defaults'
import { RSC } from './componentPaths'

function importMapEntry(component: Exclude<PayloadComponent, false>) {
  if (typeof component === 'string') return { type: 'component' as const, path: component }
  const { exportName, path } = component
  return { type: 'component' as const, path: exportName ? `${path}#${exportName}` : path }
}

/** The admin with the "my tasks" view, dashboard panel and nav link, and the publish button in the import map. */
export function workflowAdmin(incoming: Config, settings: WorkflowSettings): Config['admin'] {
  return {
    ...incoming.admin,
    // PublishIfAllowed renders the configured publish button by its path: the import map must have it.
    dependencies: {
      ...incoming.admin?.dependencies,
      ...(settings.publishButton ? { workflowPublishButton: importMapEntry(settings.publishButton) } : {}),
    },
    components: {
      ...incoming.admin?.components,
      views: {
        ...incoming.admin?.components?.views,
        myTasks: { Component: `${RSC}#MyTasksView`, path: '/my-tasks' },
      },
      beforeDashboard: [`${RSC}#MyTasksPanel`, ...(incoming.admin?.components?.beforeDashboard ?? [])],
      beforeNavLinks: [...(incoming.admin?.components?.beforeNavLinks ?? []), `${RSC}#MyTasksNavLink`],
    },
  }
}
