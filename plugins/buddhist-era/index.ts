/**
 * buddhistEraPlugin: every date a person reads in the admin shows the Buddhist-era year
 * where the admin language is one of `languages` ("23 พ.ย. 2569", "ตุลาคม 2565"): list
 * cells, document headers, version history, and date fields while editing, whose picker
 * shows and takes BE years. Stored values do not change. Other languages show CE.
 * How: date-fns' `yo` token in every pattern, and locales patched to print it as BE
 * (locale/eraYears.ts); a date field component whose calendar header lists BE years.
 * The "schedule publish" dialog gets the same picker: Payload builds it inside its publish
 * button, so collections and globals with scheduled publishing get `EraPublishButton` (Payload's
 * button, with that dialog rebuilt) unless they set a publish button of their own; one that
 * does can render ERA_PUBLISH_BUTTON itself (the workflow plugin's `publishButton` option).
 */
import type { CollectionConfig, Config, Field, GlobalConfig, RawPayloadComponent } from 'payload'

import { deepMergeSimple } from 'payload/shared'

import { toEraPattern } from './locale/eraYears'
import { translations } from './translations'

export { toEraPattern, withBuddhistEraYears, withPlainYears } from './locale/eraYears'

export interface BuddhistEraPluginConfig {
  /**
   * Admin languages that show Buddhist-era years (the locale patch covers `th`; others
   * print plain CE years).
   * @default ['th']
   */
  languages?: string[]
  /**
   * Pattern of dates shown without a field pattern of their own (timestamps, version
   * history, document header); year tokens become `yo`.
   * @default the config's `admin.dateFormat`, else 'd MMM yyyy HH:mm'
   */
  dateFormat?: string
  /**
   * Turn the plugin off: the config is returned unchanged.
   * @default false
   */
  disabled?: boolean
}

const FIELD_COMPONENT = '@prongsai/buddhist-era/client#EraDateField'

/** Payload's publish button whose "schedule publish" dialog reads and shows Buddhist-era dates. */
export const ERA_PUBLISH_BUTTON: RawPayloadComponent = {
  path: '@prongsai/buddhist-era/client#EraPublishButton',
}

type Versioned = Pick<CollectionConfig | GlobalConfig, 'versions'>

const schedulesPublish = (entity: Versioned) =>
  typeof entity.versions === 'object' &&
  typeof entity.versions.drafts === 'object' &&
  Boolean(entity.versions.drafts.schedulePublish)

const publishButton = (languages: string[]) => ({ ...ERA_PUBLISH_BUTTON, clientProps: { buddhistLanguages: languages } })

function withEraSchedule(collection: CollectionConfig, languages: string[]): CollectionConfig {
  const edit = collection.admin?.components?.edit
  if (!schedulesPublish(collection) || edit?.PublishButton) return collection
  return {
    ...collection,
    admin: {
      ...collection.admin,
      components: { ...collection.admin?.components, edit: { ...edit, PublishButton: publishButton(languages) } },
    },
  }
}

function withEraScheduleGlobal(global: GlobalConfig, languages: string[]): GlobalConfig {
  const elements = global.admin?.components?.elements
  if (!schedulesPublish(global) || elements?.PublishButton) return global
  return {
    ...global,
    admin: {
      ...global.admin,
      components: { ...global.admin?.components, elements: { ...elements, PublishButton: publishButton(languages) } },
    },
  }
}
const PROVIDER = '@prongsai/buddhist-era/client#EraLocaleProvider'

function eraFields(fields: Field[], languages: string[]): Field[] {
  return fields.map((field) => {
    if (field.type === 'date') {
      const date = field.admin?.date ?? {}
      return {
        ...field,
        admin: {
          ...field.admin,
          // A field without a pattern keeps none: its list cell uses the config's dateFormat;
          // the date field component gives its picker an era pattern of its own.
          date: date.displayFormat ? { ...date, displayFormat: toEraPattern(date.displayFormat) } : date,
          components: {
            ...field.admin?.components,
            Field: field.admin?.components?.Field ?? {
              path: FIELD_COMPONENT,
              clientProps: { buddhistLanguages: languages },
            },
          },
        },
      } as Field
    }
    if (field.type === 'tabs')
      return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: eraFields(tab.fields, languages) })) }
    if (field.type === 'blocks') {
      return {
        ...field,
        blocks: (field.blocks ?? []).map((block) => ({ ...block, fields: eraFields(block.fields, languages) })),
      }
    }
    if ('fields' in field && Array.isArray(field.fields))
      return { ...field, fields: eraFields(field.fields, languages) } as Field
    return field
  })
}

export const buddhistEraPlugin =
  (options: BuddhistEraPluginConfig = {}) =>
  (incoming: Config): Config => {
    if (options.disabled) return incoming
    const languages = options.languages ?? ['th']
    const dateFormat = toEraPattern(options.dateFormat ?? incoming.admin?.dateFormat ?? 'd MMM yyyy HH:mm')
    return {
      ...incoming,
      admin: {
        ...incoming.admin,
        dateFormat,
        components: {
          ...incoming.admin?.components,
          providers: [...(incoming.admin?.components?.providers ?? []), PROVIDER],
        },
      },
      collections: (incoming.collections ?? []).map((c) =>
        withEraSchedule({ ...c, fields: eraFields(c.fields, languages) }, languages),
      ),
      globals: (incoming.globals ?? []).map((g) =>
        withEraScheduleGlobal({ ...g, fields: eraFields(g.fields, languages) }, languages),
      ),
      i18n: { ...incoming.i18n, translations: deepMergeSimple(translations, incoming.i18n?.translations ?? {}) },
    }
  }
