'use client'
/**
 * A money field as editors type amounts: thousands separators appear while typing
 * (1,250,000), Thai digits are read (๑,๒๕๐.๕๐), and text that is no amount stays in
 * the field with its error, never dropped. The stored value is a number.
 */
import type { NumberFieldClientProps } from 'payload'

import { TextInput, useField } from '@payloadcms/ui'
import React from 'react'

import { caretAfterFormat, formatMoney, readMoneyInput } from '@/lib/money-input'

export function MoneyField(props: NumberFieldClientProps) {
  const { field, path: pathFromProps, readOnly } = props
  const path = pathFromProps ?? field.name
  const { setValue, showError, value } = useField<number | string>({ path, potentiallyStalePath: pathFromProps })
  // What the input shows: the typed text while typing, else the stored amount formatted.
  const [typed, setTyped] = React.useState<string | null>(null)
  const inputRef = React.useRef<HTMLInputElement>(null)
  const caret = React.useRef<number | null>(null)
  // The value this input last set: any other value (a reset, a reload) is shown formatted.
  const lastSet = React.useRef<unknown>(undefined)
  React.useEffect(() => {
    if (value !== lastSet.current) setTyped(null)
  }, [value])
  const shown = typed ?? (typeof value === 'number' ? formatMoney(value) : (value ?? ''))

  React.useLayoutEffect(() => {
    if (caret.current !== null && inputRef.current && document.activeElement === inputRef.current) {
      inputRef.current.setSelectionRange(caret.current, caret.current)
      caret.current = null
    }
  })

  const onChange = (event: React.ChangeEvent<HTMLInputElement>) => {
    const text = event.target.value
    const read = readMoneyInput(text)
    if (read.ok) {
      caret.current = caretAfterFormat(text, event.target.selectionStart ?? text.length, read.text)
      setTyped(read.text)
      lastSet.current = read.value
      setValue(read.value)
    } else {
      // Kept as typed: the field's validation names the problem and the save is refused.
      setTyped(text)
      lastSet.current = text
      setValue(text)
    }
  }

  return (
    <TextInput
      description={field.admin?.description as never}
      htmlAttributes={{ autoComplete: 'off' }}
      inputRef={inputRef as React.RefObject<HTMLInputElement>}
      label={field.label as never}
      localized={field.localized}
      onChange={onChange}
      path={path}
      readOnly={readOnly || field.admin?.readOnly}
      required={field.required}
      showError={showError}
      style={{ flex: field.admin?.width ? `0 1 ${field.admin.width}` : undefined, ...field.admin?.style }}
      value={shown}
    />
  )
}
