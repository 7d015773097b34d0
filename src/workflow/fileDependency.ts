/**
 * Files are shown with the documents that use them but saved on their own: replacing,
 * editing or deleting one is a change of those documents, which the workflow then sends
 * back a step (an approval was of the file as it was). Which documents use a file comes
 * from uploadVisibilityPlugin, the one place that walks the reference fields.
 */
import type { WorkflowDependency } from '@prongsai/workflow'
import { fileUses } from '@prongsai/upload-visibility'

const MEDIA = 'media'

const nameOf = (doc: Record<string, unknown> | undefined) => String(doc?.filename ?? doc?.id ?? '')

export const fileDependency: WorkflowDependency = {
  collection: MEDIA,
  // A document uses the file where it shows it: in its latest version (being prepared,
  // reviewed or published), or in its published row. A stale row of a never-published
  // document that a later draft no longer references shows it nowhere.
  usedBy: async ({ req, id }) =>
    ((await fileUses(req, MEDIA, [id])).get(String(id)) ?? [])
      .filter((use) => use.inLatest || use.published)
      .map((use) => ({ collection: use.collection, id: use.id, latest: use.inLatest })),
  reason: ({ doc, operation, previousDoc, req }) => {
    if (operation === 'delete') {
      return {
        th: `ไฟล์ “${nameOf(doc)}” ที่เอกสารนี้ใช้ถูกลบ`,
        en: `The file “${nameOf(doc)}” this document uses was deleted`,
      }
    }
    if (req.file) {
      const names = `“${nameOf(previousDoc)}” → “${nameOf(doc)}”`
      return { th: `ไฟล์ที่เอกสารนี้ใช้ถูกแทนที่ (${names})`, en: `A file this document uses was replaced (${names})` }
    }
    return {
      th: `รายละเอียดของไฟล์ “${nameOf(doc)}” ที่เอกสารนี้ใช้ถูกแก้ไข`,
      en: `The details of the file “${nameOf(doc)}” this document uses were edited`,
    }
  },
}
