import type { CollectionConfig } from 'payload'

import { publicFilesOrAuthenticated } from '@prongsai/upload-visibility'
import { authenticated } from '@/access/authenticated'
import { changeMedia } from '@/access/changeMedia'
import { MEDIA_GROUP } from '../groups'
import { checkUploadTypeAndSize } from './hooks/checkUploadTypeAndSize'
import { explainUploadLimit } from './hooks/explainUploadLimit'
import { forgetOldImageSizes } from './hooks/forgetOldImageSizes'
import { keepOldFilesUntilCommit, removeNewFilesOnRollback } from './hooks/filesFollowTransaction'
import { ALLOWED_MIME_TYPES } from './uploadRules'

/** Every image size is also written as WebP: small, and read by every current browser. */
const webp = { format: 'webp' as const, options: { quality: 80 } }

export interface MediaOptions {
  /** Folder the files are written to. */
  staticDir: string
}

/** Photos (resized by sharp) and PDF documents attached to disclosures. */
export const createMediaCollection = ({ staticDir }: MediaOptions): CollectionConfig => ({
  slug: 'media',
  labels: {
    singular: { th: 'ไฟล์', en: 'File' },
    plural: { th: 'ไฟล์รูปภาพและเอกสาร', en: 'Images and documents' },
  },
  admin: {
    group: MEDIA_GROUP,
    defaultColumns: ['filename', 'alt', 'mimeType', 'filesize'],
  },
  access: {
    // Staff read every file; visitors only those a published document uses (`public`, kept
    // by uploadVisibilityPlugin), so a file attached only to a draft stays unseen.
    read: publicFilesOrAuthenticated(),
    create: authenticated,
    update: changeMedia,
    delete: changeMedia,
  },
  hooks: {
    beforeOperation: [checkUploadTypeAndSize, keepOldFilesUntilCommit],
    // A replaced file's image sizes are gone from disk: the document stops naming them
    // (first, so that the files noted as new are the new file's only). Files on disk
    // follow the database: a failed save or delete leaves them as they were.
    beforeValidate: [forgetOldImageSizes, removeNewFilesOnRollback],
    // A file over the request parser's limit is refused in Thai and English too.
    afterError: [explainUploadLimit],
  },
  upload: {
    staticDir,
    mimeTypes: ALLOWED_MIME_TYPES,
    adminThumbnail: 'thumbnail',
    focalPoint: true,
    imageSizes: [
      { name: 'thumbnail', width: 320, height: 320, position: 'centre', formatOptions: webp },
      { name: 'card', width: 768, formatOptions: webp },
      { name: 'large', width: 1600, withoutEnlargement: true, formatOptions: webp },
    ],
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      required: true,
      label: { th: 'คำอธิบายไฟล์ (ข้อความแทนภาพ)', en: 'Description (alt text)' },
      admin: {
        description: {
          th: 'บอกว่าภาพหรือเอกสารนี้คืออะไร สำหรับผู้พิการทางสายตาและเครื่องมือค้นหา',
          en: 'What the image or document shows, for screen readers and search',
        },
      },
    },
  ],
})
