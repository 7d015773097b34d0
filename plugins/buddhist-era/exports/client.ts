/**
 * Door: the plugin's client components (admin component paths `@prongsai/buddhist-era/client#Name`).
 * Import the plugin only through its index and its exports/, never its other files.
 */
export { EraDateField } from '../components/EraDateField'
export { EraLocaleProvider } from '../components/EraLocaleProvider'
export { EraPublishButton } from '../components/schedule/EraPublishButton'
