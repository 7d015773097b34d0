import type { InputGuardTranslations } from './index'

export const en: InputGuardTranslations = {
  'plugin-input-guard': {
    bulkRolledBack: 'nothing was saved: {{count}} of the documents could not be',
    notAnObject: 'must be an object (JSON object)',
    notText: 'must be text',
    tooLong: 'is longer than {{max}} characters',
    notNumber: 'must be a number',
    numberTooLarge: 'must be at most {{max}}',
    notBoolean: 'must be true or false',
    notDate: 'must be a date (ISO 8601, e.g. 2023-03-31)',
    impossibleDate: 'there is no such day or time in the calendar: {{value}}',
    dateOutOfRange: 'year {{year}} is outside {{min}}–{{max}} (send CE years, not Buddhist-era ones)',
    notOption: '"{{value}}" is not one of the options ({{options}})',
    notId: 'must be the id of the referenced document',
    notRows: 'must be a list (JSON array)',
    tooManyRows: 'may have at most {{max}} rows',
    unknownBlock: 'unknown block type "{{value}}"',
    notRichText: 'must be rich text (Lexical JSON with a root)',
    tooLarge: 'is larger than {{max}} characters',
    notPoint: 'must be a point [longitude, latitude]',
    tooDeep: 'the data is nested deeper than {{max}} levels',
    missingReference: 'no {{collection}} with id {{id}}',
    malformedMultipart: 'the request body is not valid multipart/form-data',
    malformedBody: 'the request body is not valid JSON',
    requestBodyRequired: "the document's data is missing from the request",
  },
}
