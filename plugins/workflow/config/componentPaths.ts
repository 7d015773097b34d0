/** Components by package path (exports/rsc.ts, exports/client.ts): they survive moving the plugin. */
export const RSC = '@prongsai/workflow/rsc'
export const CLIENT = '@prongsai/workflow/client'
