import type { Config } from 'payload'

import type { GateSettings } from '../defaults'

/** The admin's components with the "my incomplete items" dashboard panel appended (if wanted). */
export function withDashboardPanel(incoming: Config, settings: GateSettings): Config['admin'] {
  const gated = Object.keys(settings.collections)
  return {
    ...incoming.admin,
    components: {
      ...incoming.admin?.components,
      beforeDashboard: [
        ...(incoming.admin?.components?.beforeDashboard ?? []),
        ...(settings.dashboardPanel && gated.length
          ? [
              {
                path: '@prongsai/publish-gate/rsc#MyIncompleteItems',
                serverProps: { collections: gated, readinessField: settings.readinessField, scope: settings.dashboardScope },
              },
            ]
          : []),
      ],
    },
  }
}
