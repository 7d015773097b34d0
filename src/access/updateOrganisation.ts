import type { Access } from 'payload'

import { mayEditOrganisationProfile } from './mayEditOrganisationProfile'

/** The `organisations` collection's update access: {@link mayEditOrganisationProfile}. */
export const updateOrganisation: Access = ({ req }) => mayEditOrganisationProfile(req.user)
