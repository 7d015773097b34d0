import { WatchTenantCollection as WatchTenantCollection_1d0591e3cf4f332c83a86da13a0de59a } from '@payloadcms/plugin-multi-tenant/client'
import { TenantField as TenantField_1d0591e3cf4f332c83a86da13a0de59a } from '@payloadcms/plugin-multi-tenant/client'
import { Checklist as Checklist_03459d835927dcc22f5a76a02dba9aad } from '@prongsai/publish-gate/client'
import { ReadinessCell as ReadinessCell_03459d835927dcc22f5a76a02dba9aad } from '@prongsai/publish-gate/client'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { WorkflowPanel as WorkflowPanel_f56e58970faa7892ab7c0d678a19066a } from '@prongsai/workflow/rsc'
import { EraDateField as EraDateField_c4b5365101896e1e305333f1539c30b6 } from '@prongsai/buddhist-era/client'
import { WorkflowStep as WorkflowStep_b70ee842a1f5cc36ba79f6e9e008a4b6 } from '@prongsai/workflow/client'
import { PublishIfAllowed as PublishIfAllowed_f56e58970faa7892ab7c0d678a19066a } from '@prongsai/workflow/rsc'
import { AssignTenantFieldTrigger as AssignTenantFieldTrigger_1d0591e3cf4f332c83a86da13a0de59a } from '@payloadcms/plugin-multi-tenant/client'
import { DerivedFiscalYear as DerivedFiscalYear_f9aeb9ef9f601590a83e3d048745656b } from '../../../../collections/components/DerivedFiscalYear'
import { OpenAddedRows as OpenAddedRows_4557a6f4ebf680cb19910fd9c3e35d8e } from '../../../../src/admin/OpenAddedRows'
import { MoneyField as MoneyField_24896c7ab216366ee1ac72719ba526b0 } from '../../../../collections/components/MoneyField'
import { CollectionCell as CollectionCell_b70ee842a1f5cc36ba79f6e9e008a4b6 } from '@prongsai/workflow/client'
import { OrganisationIcon as OrganisationIcon_0b9bf072417fb1af0672fccd90a80b09 } from '../../../../src/admin/OrganisationLogo'
import { OrganisationLogo as OrganisationLogo_0b9bf072417fb1af0672fccd90a80b09 } from '../../../../src/admin/OrganisationLogo'
import { GlobalViewRedirect as GlobalViewRedirect_d6d5f193a167989e2ee7d14202901e62 } from '@payloadcms/plugin-multi-tenant/rsc'
import { GuideNavLink as GuideNavLink_2af31b8781a121e1e3d9813187b79a79 } from '../../../../src/guide/GuideNavLink'
import { StatusNavLink as StatusNavLink_7c460f7be31d03107cbdd47dbb21587a } from '@prongsai/oit/rsc'
import { MyTasksPanel as MyTasksPanel_f56e58970faa7892ab7c0d678a19066a } from '@prongsai/workflow/rsc'
import { StatusSummary as StatusSummary_7c460f7be31d03107cbdd47dbb21587a } from '@prongsai/oit/rsc'
import { MyIncompleteItems as MyIncompleteItems_0b321b90d76fbb506fa22d7cbd0cba7c } from '@prongsai/publish-gate/rsc'
import { TenantSelector as TenantSelector_d6d5f193a167989e2ee7d14202901e62 } from '@payloadcms/plugin-multi-tenant/rsc'
import { MyTasksNavLink as MyTasksNavLink_f56e58970faa7892ab7c0d678a19066a } from '@prongsai/workflow/rsc'
import { TenantSelectionProvider as TenantSelectionProvider_d6d5f193a167989e2ee7d14202901e62 } from '@payloadcms/plugin-multi-tenant/rsc'
import { EraLocaleProvider as EraLocaleProvider_c4b5365101896e1e305333f1539c30b6 } from '@prongsai/buddhist-era/client'
import { GuideView as GuideView_274379100fcafadb58140a824ede2af2 } from '../../../../src/guide/GuideView'
import { StatusView as StatusView_7c460f7be31d03107cbdd47dbb21587a } from '@prongsai/oit/rsc'
import { CompareView as CompareView_7c460f7be31d03107cbdd47dbb21587a } from '@prongsai/oit/rsc'
import { OverviewView as OverviewView_7c460f7be31d03107cbdd47dbb21587a } from '@prongsai/oit/rsc'
import { MyTasksView as MyTasksView_f56e58970faa7892ab7c0d678a19066a } from '@prongsai/workflow/rsc'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'
import { EraPublishButton as EraPublishButton_c4b5365101896e1e305333f1539c30b6 } from '@prongsai/buddhist-era/client'

/** @type import('payload').ImportMap */
export const importMap = {
  "@payloadcms/plugin-multi-tenant/client#WatchTenantCollection": WatchTenantCollection_1d0591e3cf4f332c83a86da13a0de59a,
  "@payloadcms/plugin-multi-tenant/client#TenantField": TenantField_1d0591e3cf4f332c83a86da13a0de59a,
  "@prongsai/publish-gate/client#Checklist": Checklist_03459d835927dcc22f5a76a02dba9aad,
  "@prongsai/publish-gate/client#ReadinessCell": ReadinessCell_03459d835927dcc22f5a76a02dba9aad,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@prongsai/workflow/rsc#WorkflowPanel": WorkflowPanel_f56e58970faa7892ab7c0d678a19066a,
  "@prongsai/buddhist-era/client#EraDateField": EraDateField_c4b5365101896e1e305333f1539c30b6,
  "@prongsai/workflow/client#WorkflowStep": WorkflowStep_b70ee842a1f5cc36ba79f6e9e008a4b6,
  "@prongsai/workflow/rsc#PublishIfAllowed": PublishIfAllowed_f56e58970faa7892ab7c0d678a19066a,
  "@payloadcms/plugin-multi-tenant/client#AssignTenantFieldTrigger": AssignTenantFieldTrigger_1d0591e3cf4f332c83a86da13a0de59a,
  "/collections/components/DerivedFiscalYear#DerivedFiscalYear": DerivedFiscalYear_f9aeb9ef9f601590a83e3d048745656b,
  "./src/admin/OpenAddedRows#OpenAddedRows": OpenAddedRows_4557a6f4ebf680cb19910fd9c3e35d8e,
  "/collections/components/MoneyField#MoneyField": MoneyField_24896c7ab216366ee1ac72719ba526b0,
  "@prongsai/workflow/client#CollectionCell": CollectionCell_b70ee842a1f5cc36ba79f6e9e008a4b6,
  "./src/admin/OrganisationLogo#OrganisationIcon": OrganisationIcon_0b9bf072417fb1af0672fccd90a80b09,
  "./src/admin/OrganisationLogo#OrganisationLogo": OrganisationLogo_0b9bf072417fb1af0672fccd90a80b09,
  "@payloadcms/plugin-multi-tenant/rsc#GlobalViewRedirect": GlobalViewRedirect_d6d5f193a167989e2ee7d14202901e62,
  "/src/guide/GuideNavLink#GuideNavLink": GuideNavLink_2af31b8781a121e1e3d9813187b79a79,
  "@prongsai/oit/rsc#StatusNavLink": StatusNavLink_7c460f7be31d03107cbdd47dbb21587a,
  "@prongsai/workflow/rsc#MyTasksPanel": MyTasksPanel_f56e58970faa7892ab7c0d678a19066a,
  "@prongsai/oit/rsc#StatusSummary": StatusSummary_7c460f7be31d03107cbdd47dbb21587a,
  "@prongsai/publish-gate/rsc#MyIncompleteItems": MyIncompleteItems_0b321b90d76fbb506fa22d7cbd0cba7c,
  "@payloadcms/plugin-multi-tenant/rsc#TenantSelector": TenantSelector_d6d5f193a167989e2ee7d14202901e62,
  "@prongsai/workflow/rsc#MyTasksNavLink": MyTasksNavLink_f56e58970faa7892ab7c0d678a19066a,
  "@payloadcms/plugin-multi-tenant/rsc#TenantSelectionProvider": TenantSelectionProvider_d6d5f193a167989e2ee7d14202901e62,
  "@prongsai/buddhist-era/client#EraLocaleProvider": EraLocaleProvider_c4b5365101896e1e305333f1539c30b6,
  "/src/guide/GuideView#GuideView": GuideView_274379100fcafadb58140a824ede2af2,
  "@prongsai/oit/rsc#StatusView": StatusView_7c460f7be31d03107cbdd47dbb21587a,
  "@prongsai/oit/rsc#CompareView": CompareView_7c460f7be31d03107cbdd47dbb21587a,
  "@prongsai/oit/rsc#OverviewView": OverviewView_7c460f7be31d03107cbdd47dbb21587a,
  "@prongsai/workflow/rsc#MyTasksView": MyTasksView_f56e58970faa7892ab7c0d678a19066a,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1,
  "@prongsai/buddhist-era/client#EraPublishButton": EraPublishButton_c4b5365101896e1e305333f1539c30b6
}
