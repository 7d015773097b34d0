import type { PublishGateTranslations } from './index'

/** The publish gate's words in English: the same keys as Thai (the type says so). */
export const en: PublishGateTranslations = {
  'plugin-publish-gate': {
    checklist: 'Pre-publish checklist',
    completeness: 'Readiness details (computed when read)',
    readiness: 'Readiness (at last save)',
    ready: 'Ready to publish',
    incomplete: 'Incomplete',
    cellReady: '✓ Ready',
    cellIncomplete: '✗ Incomplete',
    levelRequired: 'required',
    levelRecommended: 'warning',
    levelInfo: 'information',
    viaAttachment: 'from the PDF',
    viaDeclaredNone: 'declared none',
    notPublished: 'NOT published',
    missingRequired: '{{n}} required component(s) missing',
    fixAndRetry: 'Nothing was published. Fix the items below, then publish again.',
    refused: 'NOT published: {{n}} required component(s) missing',
    readyScore: 'Ready to publish ({{score}}%)',
    cannotPublishYet: 'Cannot publish yet — {{n}} missing ({{score}}% done)',
    judgedBy: 'Judged by',
    noStandard: 'No {{name}} {{year}} framework',
    noStandardYet: 'No {{name}} {{year}} framework yet',
    withGuide: '{{standard}} — {{guide}} is used as a provisional guide',
    row: 'Row',
    rowGap: '{{row}} {{index}}: missing {{missing}}',
    ruleAndRow: '{{message}} — {{row}}',
    myIncompleteItems: 'My incomplete items',
    nothingPending: 'Nothing pending: every document is ready to publish.',
  },
}
