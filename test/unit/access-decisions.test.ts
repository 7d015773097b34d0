/**
 * Each access decision is its own function in `src/access/`, named for what it decides
 * (issue 19.5): "who may publish" no longer shares a predicate with "who reads another
 * division's drafts" or "who may replace a published file". Here each decision in turn is
 * swapped (its answer negated for every user, through a module mock) and every place a
 * decision is made is asked again for every role: only the places that decision owns may
 * answer differently. Changing one therefore changes nothing else.
 */
import type { PayloadRequest } from 'payload'
import { afterEach, describe, expect, it, vi } from 'vitest'

const { swapped, swappable } = vi.hoisted(() => {
  const swapped = new Set<string>()
  const swappable =
    <A extends unknown[]>(name: string, real: (...args: A) => boolean) =>
    (...args: A) =>
      swapped.has(name) ? !real(...args) : real(...args)
  return { swapped, swappable }
})

vi.mock('../../src/access/mayPublish', async (original) => {
  const m = await original<typeof import('../../src/access/mayPublish')>()
  return { ...m, mayPublish: swappable('mayPublish', m.mayPublish) }
})
vi.mock('../../src/access/mayPublishWithoutApproval', async (original) => {
  const m = await original<typeof import('../../src/access/mayPublishWithoutApproval')>()
  return { ...m, mayPublishWithoutApproval: swappable('mayPublishWithoutApproval', m.mayPublishWithoutApproval) }
})
vi.mock('../../src/access/readsAllDivisions', async (original) => {
  const m = await original<typeof import('../../src/access/readsAllDivisions')>()
  return { ...m, readsAllDivisions: swappable('readsAllDivisions', m.readsAllDivisions) }
})
vi.mock('../../src/access/editsAllDivisions', async (original) => {
  const m = await original<typeof import('../../src/access/editsAllDivisions')>()
  return { ...m, editsAllDivisions: swappable('editsAllDivisions', m.editsAllDivisions) }
})
vi.mock('../../src/access/mayEditOrganisationProfile', async (original) => {
  const m = await original<typeof import('../../src/access/mayEditOrganisationProfile')>()
  return { ...m, mayEditOrganisationProfile: swappable('mayEditOrganisationProfile', m.mayEditOrganisationProfile) }
})
vi.mock('../../src/access/mayReplacePublishedFile', async (original) => {
  const m = await original<typeof import('../../src/access/mayReplacePublishedFile')>()
  return { ...m, mayReplacePublishedFile: swappable('mayReplacePublishedFile', m.mayReplacePublishedFile) }
})
vi.mock('../../src/access/mayTrashPublished', async (original) => {
  const m = await original<typeof import('../../src/access/mayTrashPublished')>()
  return { ...m, mayTrashPublished: swappable('mayTrashPublished', m.mayTrashPublished) }
})
// The files question without a database: one file, used by one published document that the
// user may edit. What is left to decide is only whether a published file may be replaced.
vi.mock('@prongsai/upload-visibility', async (original) => {
  const m = await original<typeof import('@prongsai/upload-visibility')>()
  const uses = () => new Map([['1', [{ collection: 'reports', id: 5, published: true }]]])
  return { ...m, fileUses: async () => uses() }
})
vi.mock('../../src/access/editableDocuments', () => ({
  editableDocuments: async (_req: unknown, _collection: string, ids: readonly unknown[]) => new Set(ids.map(String)),
}))

const { Organisations } = await import('../../collections/Organisations')
const { assignDivision } = await import('../../collections/hooks/assignDivision')
const { changeMedia } = await import('../../src/access/changeMedia')
const { deleteDisclosure } = await import('../../src/access/deleteDisclosure')
const { readAuditLog } = await import('../../src/access/readAuditLog')
const { readDisclosure } = await import('../../src/access/readDisclosure')
const { readDisclosureVersions } = await import('../../src/access/readDisclosureVersions')
const { updateDisclosure } = await import('../../src/access/updateDisclosure')
const { permissions, taskStates } = await import('../../src/workflow/permissions')

const DECISIONS = [
  'mayPublish',
  'mayPublishWithoutApproval',
  'readsAllDivisions',
  'editsAllDivisions',
  'mayEditOrganisationProfile',
  'mayReplacePublishedFile',
  'mayTrashPublished',
] as const
type Decision = (typeof DECISIONS)[number]

const USERS = {
  editor: { id: 1, collection: 'users', roles: ['editor'], divisions: [1] },
  reviewer: { id: 2, collection: 'users', roles: ['reviewer'], divisions: [1] },
  publisher: { id: 3, collection: 'users', roles: ['publisher'], divisions: [] },
  admin: { id: 4, collection: 'users', roles: ['admin'], divisions: [] },
}

function requestOf(user: unknown): PayloadRequest {
  return {
    user,
    payload: {
      collections: {},
      config: { custom: { prongsai: { staffReadAllDivisions: false } } },
      db: { defaultIDType: 'number' },
    },
  } as unknown as PayloadRequest
}

/** Another division's document. */
const doc = { id: 7, division: 2 }

/** What each place that decides something answers for a user, as comparable text. */
const PLACES: Record<string, (req: PayloadRequest) => unknown> = {
  'workflow publish': (req) => permissions.publish!({ doc, req } as never),
  'workflow skipApproval': (req) => permissions.skipApproval!({ doc, req } as never),
  'workflow submit': (req) => permissions.submit!({ doc, req } as never),
  'workflow review': (req) => permissions.review!({ doc, req } as never),
  'my tasks': (req) => taskStates(req.user as never),
  'read documents': (req) => readDisclosure()({ req } as never),
  'read versions': (req) => readDisclosureVersions({ req } as never),
  'read audit log': (req) => readAuditLog({ req } as never),
  'edit documents': (req) => updateDisclosure({ req } as never),
  'assign a division': async (req) => {
    try {
      return await assignDivision({
        collection: { slug: 'reports' },
        data: { division: 2 },
        operation: 'update',
        originalDoc: { division: 1 },
        req,
      } as never)
    } catch (error) {
      return `refused ${(error as { status?: number }).status}`
    }
  },
  'edit the organisation profile': (req) => Organisations.access!.update!({ req } as never),
  'change a file': (req) => changeMedia({ req } as never),
  'trash a document': (req) => deleteDisclosure({ req, data: { deletedAt: '2026-01-01' } } as never),
}

/** Which places each decision owns. */
const OWNS: Record<Decision, string[]> = {
  mayPublish: ['workflow publish', 'my tasks'],
  mayPublishWithoutApproval: ['workflow skipApproval'],
  readsAllDivisions: ['read documents', 'read versions', 'read audit log'],
  editsAllDivisions: ['workflow submit', 'workflow review', 'edit documents', 'assign a division', 'trash a document'],
  mayEditOrganisationProfile: ['edit the organisation profile'],
  mayReplacePublishedFile: ['change a file'],
  mayTrashPublished: ['trash a document'],
}

async function answers(): Promise<Record<string, string>> {
  const out: Record<string, string> = {}
  for (const [role, user] of Object.entries(USERS)) {
    for (const [place, ask] of Object.entries(PLACES)) {
      out[`${place} / ${role}`] = JSON.stringify((await ask(requestOf(user))) ?? null)
    }
  }
  return out
}

afterEach(() => swapped.clear())

describe('access decisions are separate', () => {
  it('today publishers and admins hold every one of them, editors and reviewers none', async () => {
    const base = await answers()
    expect(base['workflow publish / publisher']).toBe('true')
    expect(base['workflow publish / editor']).toBe('false')
    expect(base['edit the organisation profile / admin']).toBe('true')
    expect(base['edit the organisation profile / reviewer']).toBe('false')
    expect(base['read documents / publisher']).toBe('true')
    expect(base['change a file / publisher']).toBe('true')
    expect(base['change a file / editor']).not.toBe('true')
    expect(base['trash a document / publisher']).toBe('true')
  })

  for (const decision of DECISIONS) {
    it(`changing "${decision}" changes only ${OWNS[decision].join(', ')}`, async () => {
      const base = await answers()
      swapped.add(decision)
      const changed = await answers()
      const differing = new Set(
        Object.keys(base)
          .filter((key) => base[key] !== changed[key])
          .map((key) => key.split(' / ')[0]),
      )
      expect([...differing].sort()).toEqual([...OWNS[decision]].sort())
    })
  }
})
