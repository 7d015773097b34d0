/* Payload's standard admin shell: keep in step with the Payload version. */
import type { ServerFunctionClient } from 'payload'

import '@payloadcms/next/css'
import config from '@payload-config'
import { handleServerFunctions, RootLayout } from '@payloadcms/next/layouts'
import React from 'react'

import { inNewScope } from '@/db/operationScopes'
import { importMap } from './admin/importMap.js'
import { serverFunctions } from './serverFunctions'
import './custom.scss'

type Args = {
  children: React.ReactNode
}

const serverFunction: ServerFunctionClient = async function (args) {
  'use server'
  // One operation scope per call, as REST routes have (src/db/operationScopes.ts).
  return inNewScope(() =>
    handleServerFunctions({
      ...args,
      config,
      importMap,
      serverFunctions,
    }),
  )
}

const Layout = ({ children }: Args) => (
  <RootLayout config={config} importMap={importMap} serverFunction={serverFunction}>
    {children}
  </RootLayout>
)

export default Layout
