/**
 * oitPlugin: the ITA/OIT framework layer. Loads one data file per assessment year,
 * validates it (zod) and its references to collections and fields, and serves it
 * read-only at /api/oit/frameworks. The category collections themselves are ordinary
 * collections of the app; the framework maps each year's item codes onto them.
 */
import type { CollectionConfig, Config, Plugin } from 'payload'

import { deepMergeSimple } from 'payload/shared'

import { withDefaults } from './defaults'
import { compareFrameworksEndpoint } from './endpoints/compareFrameworks'
import { exportSheetEndpoint } from './endpoints/exportSheet'
import { getFrameworkEndpoint } from './endpoints/getFramework'
import { publicIndexEndpoint } from './endpoints/publicIndex'
import { yearStatusEndpoint } from './endpoints/yearStatus'
import { listFrameworksEndpoint } from './endpoints/listFrameworks'
import { itemsField } from './divisions/itemsField'
import { leaveOutWhenPopulated } from './divisions/leaveOutWhenPopulated'
import { findCatalogProblems, findReferenceProblems } from './framework/checkReferences'
import { usedIn, withUsedIn } from './framework/usedIn'
import { FrameworkError, parseFrameworkData, readFrameworkDir } from './framework/load'
import { dueRemindersTask } from './jobs/dueReminders'
import { overviewEndpoint } from './endpoints/overview'
import { ITEM_CHECK_COLLECTIONS } from './status/itemChecks'
import { summariesCollection } from './summaries/collection'
import { markChangedAfterChange, markChangedAfterDelete } from './summaries/markChanged'
import { refreshSummariesTask } from './summaries/refreshTask'
import { translations } from './translations'
import type { OitCustomConfig, OitPluginConfig } from './types'

export type { OitCustomConfig, OitPluginConfig, OitRemindersConfig } from './types'
export { DUE_REMINDERS_TASK } from './jobs/dueReminders'
export { OIT_SUMMARIES_SLUG, REFRESH_SUMMARIES_TASK } from './summaries/slug'

const NAME = 'oitPlugin'
/** Server components, by package path (exports/rsc.ts): they survive moving the plugin. */
const RSC = '@prongsai/oit/rsc'

export const oitPlugin =
  (options: OitPluginConfig = {}): Plugin =>
  (incoming: Config): Config => {
    const settings = withDefaults(options)
    if (settings.disabled) return incoming
    if (!settings.endpointPrefix.startsWith('/')) {
      throw new Error(`[${NAME}] endpointPrefix must start with "/" (got "${settings.endpointPrefix}")`)
    }

    let frameworks
    try {
      const sources = settings.frameworks ?? readFrameworkDir(settings.frameworksDir)
      const data = parseFrameworkData(sources)
      frameworks = data.frameworks
      const files = new Map(sources.map((s) => [(s.data as { year?: number })?.year, s.file]))
      // The catalogue first: a wrong check there would otherwise be reported once per item using it.
      const catalogProblems = findCatalogProblems(data.catalog, incoming.collections ?? [])
      const problems =
        catalogProblems.length > 0
          ? catalogProblems
          : frameworks.flatMap((f) => findReferenceProblems(f, incoming.collections ?? [], files.get(f.year)))
      if (problems.length > 0) {
        throw new FrameworkError(
          `กรอบการประเมินอ้างถึงสิ่งที่ไม่มี / framework refers to what does not exist:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
        )
      }
    } catch (error) {
      if (error instanceof FrameworkError) throw new FrameworkError(`[${NAME}] ${error.message}`)
      throw error
    }

    const divisions = settings.divisions
    if (divisions && !(incoming.collections ?? []).some((c) => c.slug === divisions.collection)) {
      throw new Error(`[${NAME}] divisions.collection "${divisions.collection}" is not a collection`)
    }
    const custom: OitCustomConfig = {
      frameworks,
      siteUrl: settings.siteUrl,
      divisions,
      now: settings.now,
      organisations: settings.organisations,
    }
    const organisations = settings.organisations
    // Where organisations share the deployment, each one's status is stored (the view across them),
    // and marked changed by every change that can change it.
    const countsForStatus = (slug: string) =>
      Boolean(usedIn(frameworks, slug)) || slug === divisions?.collection || ITEM_CHECK_COLLECTIONS.includes(slug as never)
    const withSummaries = (collection: CollectionConfig): CollectionConfig =>
      organisations && countsForStatus(collection.slug)
        ? {
            ...collection,
            hooks: {
              ...collection.hooks,
              afterChange: [...(collection.hooks?.afterChange ?? []), markChangedAfterChange],
              afterDelete: [...(collection.hooks?.afterDelete ?? []), markChangedAfterDelete],
            },
          }
        : collection
    const tasks = [
      ...(settings.reminders ? [dueRemindersTask(settings.reminders, { frameworks, siteUrl: settings.siteUrl })] : []),
      ...(organisations
        ? [refreshSummariesTask({ schedule: organisations.refreshSchedule ?? '* * * * *', queue: settings.reminders?.queue ?? 'default' })]
        : []),
    ]
    return {
      ...incoming,
      collections: [
        ...(incoming.collections ?? []).map((collection) => {
          // The divisions get the items reassigned to them.
          if (divisions && collection.slug === divisions.collection) {
            const withItems = { ...collection, fields: [...collection.fields, itemsField(divisions.itemsField, frameworks)] }
            return withSummaries(leaveOutWhenPopulated(withItems, divisions.itemsField))
          }
          // Each category says which items of which year it serves, computed from the frameworks.
          const used = usedIn(frameworks, collection.slug)
          if (!used) return withSummaries(collection)
          return withSummaries({
            ...collection,
            admin: { ...collection.admin, description: withUsedIn(collection.admin?.description, used) as never },
          })
        }),
        ...(organisations ? [summariesCollection(organisations.field)] : []),
      ],
      custom: { ...incoming.custom, oit: custom },
      admin: {
        ...incoming.admin,
        components: {
          ...incoming.admin?.components,
          // What an assessor would find: a view of every item, and a summary on the dashboard.
          views: {
            ...incoming.admin?.components?.views,
            oitStatus: { Component: `${RSC}#StatusView`, path: '/oit-status' },
            oitCompare: { Component: `${RSC}#CompareView`, path: '/oit-compare' },
            ...(organisations ? { oitOverview: { Component: `${RSC}#OverviewView`, path: '/oit-overview' } } : {}),
          },
          beforeDashboard: [...(incoming.admin?.components?.beforeDashboard ?? []), `${RSC}#StatusSummary`],
          afterNavLinks: [...(incoming.admin?.components?.afterNavLinks ?? []), `${RSC}#StatusNavLink`],
        },
      },
      i18n: { ...incoming.i18n, translations: deepMergeSimple(translations, incoming.i18n?.translations ?? {}) },
      // Due reminders by e-mail, when the app says who gets them; the stored statuses kept fresh.
      jobs: tasks.length ? { ...incoming.jobs, tasks: [...(incoming.jobs?.tasks ?? []), ...tasks] } : incoming.jobs,
      endpoints: [
        ...(incoming.endpoints ?? []),
        listFrameworksEndpoint(settings.endpointPrefix, frameworks),
        // Before /frameworks/:year, which would take `compare` for a year.
        compareFrameworksEndpoint(settings.endpointPrefix, frameworks),
        getFrameworkEndpoint(settings.endpointPrefix, frameworks),
        // After /frameworks, which `:year` would otherwise take.
        yearStatusEndpoint(settings.endpointPrefix, frameworks),
        exportSheetEndpoint(settings.endpointPrefix, frameworks),
        publicIndexEndpoint(settings.endpointPrefix, frameworks),
        ...(organisations ? [overviewEndpoint(settings.endpointPrefix, frameworks)] : []),
      ],
    }
  }
