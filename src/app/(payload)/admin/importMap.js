import { Checklist as Checklist_bba3137e1d06607d18476626fa14d812 } from '../../../../plugins/publish-gate/components/Checklist'
import { ReadinessCell as ReadinessCell_76c9f6bc3a1b86b942351a65c71d030d } from '../../../../plugins/publish-gate/components/ReadinessCell'
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
import { WorkflowPanel as WorkflowPanel_bf697390df241e6933077c26f82cacce } from '../../../../plugins/workflow/components/WorkflowPanel'
import { EraDateField as EraDateField_67e9b97cce6d34512389344e4b2863fb } from '../../../../plugins/buddhist-era/components/EraDateField'
import { WorkflowStep as WorkflowStep_48adf538d33a146cde3f74294747b3df } from '../../../../plugins/workflow/components/WorkflowStep'
import { PublishIfAllowed as PublishIfAllowed_d70b8796200ad817ae5377160839bfd8 } from '../../../../plugins/workflow/components/PublishIfAllowed'
import { DerivedFiscalYear as DerivedFiscalYear_f9aeb9ef9f601590a83e3d048745656b } from '../../../../collections/components/DerivedFiscalYear'
import { OpenAddedRows as OpenAddedRows_4557a6f4ebf680cb19910fd9c3e35d8e } from '../../../../src/admin/OpenAddedRows'
import { MoneyField as MoneyField_24896c7ab216366ee1ac72719ba526b0 } from '../../../../collections/components/MoneyField'
import { CollectionCell as CollectionCell_e10426779a7d11930ff7af731f998d18 } from '../../../../plugins/workflow/components/CollectionCell'
import { OrganisationIcon as OrganisationIcon_0b9bf072417fb1af0672fccd90a80b09 } from '../../../../src/admin/OrganisationLogo'
import { OrganisationLogo as OrganisationLogo_0b9bf072417fb1af0672fccd90a80b09 } from '../../../../src/admin/OrganisationLogo'
import { GuideNavLink as GuideNavLink_2af31b8781a121e1e3d9813187b79a79 } from '../../../../src/guide/GuideNavLink'
import { StatusNavLink as StatusNavLink_1fdfbe18386ae5bbd7775944befda404 } from '../../../../plugins/oit/components/StatusNavLink'
import { MyTasksPanel as MyTasksPanel_0d5408d9edc073ba997147227e434a93 } from '../../../../plugins/workflow/components/MyTasks'
import { StatusSummary as StatusSummary_1f06df3c56b1eb5dea100c4b486c8407 } from '../../../../plugins/oit/components/StatusSummary'
import { MyIncompleteItems as MyIncompleteItems_3f74115528fc6613723983a543108134 } from '../../../../plugins/publish-gate/components/MyIncompleteItems'
import { MyTasksNavLink as MyTasksNavLink_8cd79571b08566a63facf91592d489d0 } from '../../../../plugins/workflow/components/MyTasksNavLink'
import { EraLocaleProvider as EraLocaleProvider_bf07e50a6a640e99eef40eeff6b39b28 } from '../../../../plugins/buddhist-era/components/EraLocaleProvider'
import { GuideView as GuideView_274379100fcafadb58140a824ede2af2 } from '../../../../src/guide/GuideView'
import { StatusView as StatusView_3fe5e87063f581243a4e3aaae4563e43 } from '../../../../plugins/oit/components/StatusView'
import { CompareView as CompareView_57617f2062fdb1659402b253d30ff1f6 } from '../../../../plugins/oit/components/CompareView'
import { MyTasksView as MyTasksView_0d5408d9edc073ba997147227e434a93 } from '../../../../plugins/workflow/components/MyTasks'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'
import { EraPublishButton as EraPublishButton_7466c8828882fba9816904c39da589f8 } from '../../../../plugins/buddhist-era/components/schedule/EraPublishButton'

/** @type import('payload').ImportMap */
export const importMap = {
  "/plugins/publish-gate/components/Checklist#Checklist": Checklist_bba3137e1d06607d18476626fa14d812,
  "/plugins/publish-gate/components/ReadinessCell#ReadinessCell": ReadinessCell_76c9f6bc3a1b86b942351a65c71d030d,
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
  "/plugins/workflow/components/WorkflowPanel#WorkflowPanel": WorkflowPanel_bf697390df241e6933077c26f82cacce,
  "/plugins/buddhist-era/components/EraDateField#EraDateField": EraDateField_67e9b97cce6d34512389344e4b2863fb,
  "/plugins/workflow/components/WorkflowStep#WorkflowStep": WorkflowStep_48adf538d33a146cde3f74294747b3df,
  "/plugins/workflow/components/PublishIfAllowed#PublishIfAllowed": PublishIfAllowed_d70b8796200ad817ae5377160839bfd8,
  "/collections/components/DerivedFiscalYear#DerivedFiscalYear": DerivedFiscalYear_f9aeb9ef9f601590a83e3d048745656b,
  "./src/admin/OpenAddedRows#OpenAddedRows": OpenAddedRows_4557a6f4ebf680cb19910fd9c3e35d8e,
  "/collections/components/MoneyField#MoneyField": MoneyField_24896c7ab216366ee1ac72719ba526b0,
  "/plugins/workflow/components/CollectionCell#CollectionCell": CollectionCell_e10426779a7d11930ff7af731f998d18,
  "./src/admin/OrganisationLogo#OrganisationIcon": OrganisationIcon_0b9bf072417fb1af0672fccd90a80b09,
  "./src/admin/OrganisationLogo#OrganisationLogo": OrganisationLogo_0b9bf072417fb1af0672fccd90a80b09,
  "/src/guide/GuideNavLink#GuideNavLink": GuideNavLink_2af31b8781a121e1e3d9813187b79a79,
  "/plugins/oit/components/StatusNavLink#StatusNavLink": StatusNavLink_1fdfbe18386ae5bbd7775944befda404,
  "/plugins/workflow/components/MyTasks#MyTasksPanel": MyTasksPanel_0d5408d9edc073ba997147227e434a93,
  "/plugins/oit/components/StatusSummary#StatusSummary": StatusSummary_1f06df3c56b1eb5dea100c4b486c8407,
  "/plugins/publish-gate/components/MyIncompleteItems#MyIncompleteItems": MyIncompleteItems_3f74115528fc6613723983a543108134,
  "/plugins/workflow/components/MyTasksNavLink#MyTasksNavLink": MyTasksNavLink_8cd79571b08566a63facf91592d489d0,
  "/plugins/buddhist-era/components/EraLocaleProvider#EraLocaleProvider": EraLocaleProvider_bf07e50a6a640e99eef40eeff6b39b28,
  "/src/guide/GuideView#GuideView": GuideView_274379100fcafadb58140a824ede2af2,
  "/plugins/oit/components/StatusView#StatusView": StatusView_3fe5e87063f581243a4e3aaae4563e43,
  "/plugins/oit/components/CompareView#CompareView": CompareView_57617f2062fdb1659402b253d30ff1f6,
  "/plugins/workflow/components/MyTasks#MyTasksView": MyTasksView_0d5408d9edc073ba997147227e434a93,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1,
  "/plugins/buddhist-era/components/schedule/EraPublishButton#EraPublishButton": EraPublishButton_7466c8828882fba9816904c39da589f8
}
