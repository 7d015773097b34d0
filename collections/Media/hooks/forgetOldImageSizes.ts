import type { CollectionBeforeValidateHook } from 'payload'

type Size = { filename?: null | string } & Record<string, unknown>

/** An image size with no file, as Payload stores one it did not make. */
const NO_FILE = { filename: null, filesize: null, height: null, mimeType: null, url: null, width: null }

/**
 * When a file is replaced, Payload deletes every file the document named, its image
 * sizes included, but it only writes new sizes when the new file is an image: a PDF that
 * replaces an image keeps the image's sizes in the document, naming files that are gone
 * (and that a later upload under the old name writes again, for a delete of this
 * document to remove). So on a replacement every size whose file name the new file did
 * not renew is emptied. A re-cut of the same file (a new focal point) keeps its name and
 * is left alone.
 */
export const forgetOldImageSizes: CollectionBeforeValidateHook = ({ collection, data, operation, originalDoc }) => {
  const before = originalDoc as { filename?: unknown; sizes?: Record<string, Size | undefined> } | undefined
  const replaced = typeof data?.filename === 'string' && data.filename !== before?.filename
  const imageSizes = collection.upload ? (collection.upload.imageSizes ?? []) : []
  if (operation !== 'update' || !replaced || imageSizes.length === 0) return data
  const sizes: Record<string, Size | undefined> = { ...(data.sizes as Record<string, Size | undefined> | undefined) }
  for (const { name } of imageSizes) {
    const now = sizes[name]?.filename
    if (!now || now === before?.sizes?.[name]?.filename) sizes[name] = { ...NO_FILE }
  }
  return { ...data, sizes }
}
