/**
 * The shape of the demo OIT content. Data only: `seed/oit.ts` turns references into ids
 * and creates each document once (matched by collection + title field).
 */

/** A file the seed makes on the fly (a plain coloured image, or a small PDF). */
export interface DemoMedia {
  key: string
  kind: 'image' | 'pdf'
  /** Alt text / description (Thai). */
  alt: string
  filename: string
  /** Image size; default 800×600. */
  width?: number
  height?: number
  /** Image colour, e.g. '#1d4e89'. */
  colour?: string
}

/** References resolved by the seed. */
export type MediaRef = { $media: string }
export type DivisionRef = { $division: string }
export type DocumentRef = { $document: { collection: string; title: string } }

export interface DemoDocument {
  collection: string
  /** Published documents reach the public; drafts are the deliberately incomplete ones. */
  status: 'draft' | 'published'
  /** Field values as the collection defines them; references may appear anywhere. */
  data: Record<string, unknown>
}

export const media = (key: string): MediaRef => ({ $media: key })
export const division = (code: string): DivisionRef => ({ $division: code })
export const documentRef = (collection: string, title: string): DocumentRef => ({ $document: { collection, title } })
