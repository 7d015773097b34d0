import { urlField } from '../fields/contact'
import { OIT_GROUPS } from '../groups'
import { oitCollection } from './oitCollection'

/** o18: online services people can use without coming to the office. */
export const EServices = oitCollection({
  slug: 'e-services',
  labels: {
    singular: { th: 'บริการออนไลน์ (E-Service)', en: 'E-service' },
    plural: { th: 'บริการออนไลน์ (E-Service)', en: 'E-services' },
  },
  group: OIT_GROUPS.services,
  useAsTitle: 'name',
  defaultColumns: ['name', 'url'],
  fiscalYear: 'none',
  fields: [
    { name: 'name', type: 'text', required: true, label: { th: 'ชื่อบริการ', en: 'Service name' } },
    urlField('url', { th: 'ลิงก์บริการ', en: 'Service link' }, { required: true }),
    { name: 'description', type: 'textarea', label: { th: 'ให้บริการอะไร', en: 'What it does' } },
  ],
})
