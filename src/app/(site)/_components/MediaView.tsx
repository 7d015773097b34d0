import { fileKind, fileSize } from '@/site/format'

export interface MediaDoc {
  id: number | string
  url?: string | null
  alt?: string | null
  filename?: string | null
  mimeType?: string | null
  filesize?: number | null
  width?: number | null
  height?: number | null
  sizes?: Record<string, { url?: string | null; width?: number | null; height?: number | null } | undefined>
}

export function isMedia(value: unknown): value is MediaDoc {
  return Boolean(value && typeof value === 'object' && 'url' in value && 'mimeType' in value)
}

/** The sizes sharp made with the original's proportions (a square crop would cut a portrait), smallest first. */
function srcSet(media: MediaDoc): string | undefined {
  const ratio = media.width && media.height ? media.width / media.height : undefined
  const sizes = Object.values(media.sizes ?? {})
    .filter((s): s is { url: string; width: number; height?: number | null } => Boolean(s?.url && s.width))
    .filter((s) => !ratio || !s.height || Math.abs(s.width / s.height - ratio) < 0.02)
    .sort((a, b) => a.width - b.width)
  if (!sizes.length) return undefined
  const all = media.url && media.width ? [...sizes, { url: media.url, width: media.width }] : sizes
  return all.map((s) => `${s.url} ${s.width}w`).join(', ')
}

/** A responsive image from the sizes sharp made. */
export function Picture({
  media,
  sizes,
  className,
  decorative = false,
}: {
  media: MediaDoc
  sizes: string
  className?: string
  /** Next to text that already says what it shows (a name under a photo): no alt, so it is not read twice. */
  decorative?: boolean
}) {
  const card = media.sizes?.card?.url ?? media.url ?? undefined
  return (
    // eslint-disable-next-line @next/next/no-img-element
    <img
      className={className}
      src={card}
      srcSet={srcSet(media)}
      sizes={sizes}
      alt={decorative ? '' : (media.alt ?? '')}
      width={media.width ?? undefined}
      height={media.height ?? undefined}
      loading="lazy"
      decoding="async"
    />
  )
}

/** A file to download, with its kind and size; an image is shown as well. */
export function MediaView({ media }: { media: MediaDoc }) {
  if (!media.url) return null
  const kind = fileKind(media.mimeType)
  const size = fileSize(media.filesize)
  const isImage = typeof media.mimeType === 'string' && media.mimeType.startsWith('image/')
  return (
    <span className="media">
      {isImage && <Picture media={media} sizes="(max-width: 48rem) 100vw, 48rem" className="media-image" />}
      <a className="download" href={media.url} download={media.filename ?? undefined}>
        ดาวน์โหลด {media.alt || media.filename}
        <span className="file-meta">
          {' '}
          ({kind}
          {size ? `, ${size}` : ''})
        </span>
      </a>
    </span>
  )
}
