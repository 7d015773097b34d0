import type { CollectionConfig } from 'payload'

import type { InstancesSettings } from '../types'

const nobody = () => false

/**
 * Signals between instances and once-only claims, written and read by the system only.
 * `key` is unique: a claim is a create that only one instance can win.
 */
export function signalsCollection(settings: InstancesSettings): CollectionConfig {
  return {
    slug: settings.slug,
    labels: {
      singular: { th: 'สัญญาณระหว่างเครื่อง', en: 'Instance signal' },
      plural: { th: 'สัญญาณระหว่างเครื่อง', en: 'Instance signals' },
    },
    admin: { hidden: true },
    access: { read: nobody, create: nobody, update: nobody, delete: nobody },
    fields: [
      { name: 'key', type: 'text', required: true, unique: true, index: true },
      { name: 'channel', type: 'text', index: true },
      { name: 'data', type: 'json' },
      { name: 'origin', type: 'text' },
    ],
    timestamps: true,
  }
}
