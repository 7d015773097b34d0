export interface RelatedAccessPluginConfig {
  /**
   * Writes a message from its Thai and English text.
   * @default `${th} / ${en}`
   */
  formatMessage?: (message: { th: string; en: string }) => string
}
