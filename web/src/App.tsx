import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, Route, Routes, useLocation, useNavigate } from 'react-router';
import type { Role } from '../../core/roles.js';
import type { Locale } from '../../core/schemas/common.js';
import { Layout, type NavItem } from './components/Layout.js';
import { OrganisationSwitcher } from './components/OrganisationSwitcher.js';
import { AccessibilityPage } from './features/accessibility/AccessibilityPage.js';
import { ActionLearningPage } from './features/action-learning/ActionLearningPage.js';
import { AnswerPage } from './features/assessment/AnswerPage.js';
import { HeatmapPage } from './features/assessment/HeatmapPage.js';
import { InstrumentPage } from './features/assessment/InstrumentPage.js';
import { MyAssessmentsPage } from './features/assessment/MyAssessmentsPage.js';
import { ProfilePage } from './features/assessment/ProfilePage.js';
import { RoundPage } from './features/assessment/RoundPage.js';
import { RoundsPage } from './features/assessment/RoundsPage.js';
import { AuditLogPage } from './features/audit/AuditLogPage.js';
import { ForgotPasswordPage } from './features/auth/ForgotPasswordPage.js';
import { InvitationPage } from './features/auth/InvitationPage.js';
import { LoginPage } from './features/auth/LoginPage.js';
import { hasAnyRole, RequireRole } from './features/auth/RequireRole.js';
import { ResetPasswordPage } from './features/auth/ResetPasswordPage.js';
import { useSession } from './features/auth/session.js';
import { CheckInPage } from './features/check-in/CheckInPage.js';
import { AttendancePage } from './features/cohorts/AttendancePage.js';
import { CohortPage } from './features/cohorts/CohortPage.js';
import { CohortsPage } from './features/cohorts/CohortsPage.js';
import { SetMeetingsPage } from './features/cohorts/SetMeetingsPage.js';
import { EmbeddingPage } from './features/embedding/EmbeddingPage.js';
import { AdminEventsPage } from './features/events/AdminEventsPage.js';
import { EventAdminPage } from './features/events/EventAdminPage.js';
import { ManageRegistrationPage } from './features/events/ManageRegistrationPage.js';
import { NewEventPage } from './features/events/NewEventPage.js';
import { PublicEventPage } from './features/events/PublicEventPage.js';
import { PublicEventsPage } from './features/events/PublicEventsPage.js';
import { GlossaryPage } from './features/glossary/GlossaryPage.js';
import { ReadabilityPage } from './features/glossary/ReadabilityPage.js';
import { HomePage } from './features/home/HomePage.js';
import { NotFoundPage } from './features/home/NotFoundPage.js';
import { ImportPage } from './features/imports/ImportPage.js';
import { InsightPage } from './features/insights/InsightPage.js';
import { InsightsPage } from './features/insights/InsightsPage.js';
import { NewInsightPage } from './features/insights/NewInsightPage.js';
import { MyProgrammePage } from './features/my-programme/MyProgrammePage.js';
import { NarrativeEditorPage } from './features/narrative/NarrativeEditorPage.js';
import { NarrativePage } from './features/narrative/NarrativePage.js';
import { FieldsPage } from './features/organisation/FieldsPage.js';
import { NewPersonPage } from './features/organisation/NewPersonPage.js';
import { OrganisationPage } from './features/organisation/OrganisationPage.js';
import { PeoplePage } from './features/organisation/PeoplePage.js';
import { PersonPage } from './features/organisation/PersonPage.js';
import { ComparePage } from './features/programmes/ComparePage.js';
import { FocusAreasPage } from './features/programmes/FocusAreasPage.js';
import { ProgrammePage } from './features/programmes/ProgrammePage.js';
import { ProgrammesPage } from './features/programmes/ProgrammesPage.js';
import { VersionPage } from './features/programmes/VersionPage.js';
import { MatrixEditorPage } from './features/responsibilities/MatrixEditorPage.js';
import { MatrixPage } from './features/responsibilities/MatrixPage.js';
import { MyResponsibilitiesPage } from './features/responsibilities/MyResponsibilitiesPage.js';
import { SECOND_FACTOR_PATH, SecondFactorPage } from './features/second-factor/SecondFactorPage.js';
import { SsoPage } from './features/sso/SsoPage.js';
import { UsersPage } from './features/users/UsersPage.js';
import { ModerationPage } from './features/voice/ModerationPage.js';
import { VoiceOverviewPage } from './features/voice/VoiceOverviewPage.js';
import { VoicePage } from './features/voice/VoicePage.js';
import { VoiceSettingsPage } from './features/voice/VoiceSettingsPage.js';

/** Who may see the organisation pages. */
const UNIT_READERS: readonly Role[] = ['admin', 'facilitator', 'observer'];
const PEOPLE_READERS: readonly Role[] = ['admin', 'facilitator'];
const EVENT_READERS: readonly Role[] = ['admin', 'facilitator'];
/** Who may read programme designs (administrators also change them). */
const PROGRAMME_READERS: readonly Role[] = ['admin', 'facilitator', 'observer'];
/** Who runs cohorts (administrators all, facilitators their own). */
const COHORT_RUNNERS: readonly Role[] = ['admin', 'facilitator'];
/** Who sees cohorts: those who run them, and observers (figures only, nobody named). */
const COHORT_VIEWERS: readonly Role[] = ['admin', 'facilitator', 'observer'];
/** Assessment rounds and their released aggregates (never a person's answers). */
const ROUND_VIEWERS: readonly Role[] = ['admin', 'facilitator', 'observer'];
/** Who reads the readability report of the organisation's texts: those who write them. */
const TEXT_WRITERS: readonly Role[] = ['admin', 'facilitator'];
/** Released counts of the employee voice (server voice.policy.ts readAggregates). */
const VOICE_READERS: readonly Role[] = ['admin', 'participant', 'observer', 'facilitator'];

function Shell() {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const { me, organisation, roles } = session;
  // An administrator who must turn on two-step verification first is kept on that page.
  const setupRequired = me?.secondFactorSetupRequired === true;
  const secondFactorLink: NavItem = { to: SECOND_FACTOR_PATH, label: t('layout.secondFactor') };

  const nav: NavItem[] = setupRequired ? [secondFactorLink] : [{ to: '/', label: t('layout.home') }];
  if (!setupRequired) {
    nav.push({ to: '/arrangementer', label: t('layout.events') });
    // Any signed-in member: the page says so when they take part in no programme.
    if (organisation)
      nav.push(
        { to: '/mit-program', label: t('myProgramme.nav') },
        { to: '/mit-program/aktionslaering', label: t('actionLearning.nav') },
        // Every member reads the insights shared with them (and writes their own).
        { to: '/indsigter', label: t('insights.nav') },
        // Any member may be invited to a round; the page says so when they are not.
        { to: '/selvvurdering', label: t('assessment.nav') },
        // Every member reads the responsibilities, the narrative and the glossary.
        { to: '/ansvar', label: t('responsibilities.nav') },
        { to: '/fortaelling', label: t('narrative.nav') },
        { to: '/ordliste', label: t('glossary.nav') },
        // Every member may speak up anonymously and read the answers.
        { to: '/stemme', label: t('voice.nav') },
      );
    if (hasAnyRole(roles, PROGRAMME_READERS)) nav.push({ to: '/programmer', label: t('layout.programmes') });
    if (hasAnyRole(roles, COHORT_VIEWERS)) nav.push({ to: '/hold', label: t('layout.cohorts') });
    if (hasAnyRole(roles, ROUND_VIEWERS)) nav.push({ to: '/maalinger', label: t('rounds.nav') });
    if (hasAnyRole(roles, TEXT_WRITERS)) nav.push({ to: '/laesbarhed', label: t('readability.nav') });
    if (hasAnyRole(roles, VOICE_READERS)) nav.push({ to: '/stemme/overblik', label: t('voiceOverview.nav') });
    if (roles.includes('voice_moderator'))
      nav.push({ to: '/stemme/moderation', label: t('voiceModeration.nav') });
    if (hasAnyRole(roles, UNIT_READERS)) nav.push({ to: '/organisation', label: t('layout.units') });
    if (hasAnyRole(roles, PEOPLE_READERS))
      nav.push({ to: '/organisation/personer', label: t('layout.people') });
    if (hasAnyRole(roles, EVENT_READERS))
      nav.push({ to: '/admin/arrangementer', label: t('layout.adminEvents') });
    if (roles.includes('admin')) {
      nav.push(
        { to: '/organisation/fagomraader', label: t('layout.fields') },
        { to: '/organisation/fokusomraader', label: t('layout.focusAreas') },
        { to: '/organisation/import', label: t('layout.imports') },
        { to: '/admin/brugere', label: t('layout.users') },
        { to: '/admin/single-sign-on', label: t('layout.sso') },
        { to: '/admin/indlejring', label: t('layout.embedding') },
        { to: '/admin/log', label: t('layout.auditLog') },
      );
    }
  }
  const language: Locale = i18n.language === 'en' ? 'en' : 'da';

  return (
    <Layout
      header={{
        title: organisation?.name ?? t('app.name'),
        nav,
        userName: me?.user.name ?? null,
        accountLink: me && !setupRequired ? secondFactorLink : undefined,
        language,
        onLanguage: (locale) => void session.changeLanguage(locale).catch(() => undefined),
        onLogout: () => {
          // After single sign-on the browser leaves for the provider, which sends it back to this page.
          void session.logout().then(
            (leaving) => {
              if (!leaving) navigate('/login?logget-ud=1', { replace: true });
            },
            () => navigate('/login', { replace: true }),
          );
        },
        organisationSwitcher:
          me && me.organisations.length > 1 && !setupRequired ? (
            <OrganisationSwitcher
              key={me.activeOrganisationId}
              organisations={me.organisations}
              activeId={me.activeOrganisationId}
              onSwitch={(id) => {
                void session
                  .switchOrganisation(id)
                  .then(() => navigate('/'))
                  .catch(() => undefined);
              }}
            />
          ) : undefined,
      }}
    >
      {setupRequired && location.pathname !== SECOND_FACTOR_PATH ? (
        <Navigate to={SECOND_FACTOR_PATH} replace />
      ) : (
        <Outlet />
      )}
    </Layout>
  );
}

/**
 * Every route. Three of the paths (/nulstil-adgangskode/:token, /invitation/:token and
 * /arrangementer/:slug/tilmelding/:token) are linked from e-mails.
 */
export function App() {
  return (
    <Routes>
      <Route element={<Shell />}>
        <Route index element={<HomePage />} />
        <Route path="login" element={<LoginPage />} />
        <Route path="glemt-adgangskode" element={<ForgotPasswordPage />} />
        <Route path="nulstil-adgangskode/:token" element={<ResetPasswordPage />} />
        <Route path="invitation/:token" element={<InvitationPage />} />
        <Route
          path="admin/brugere"
          element={
            <RequireRole requires="admin">
              <UsersPage />
            </RequireRole>
          }
        />
        <Route
          path="admin/single-sign-on"
          element={
            <RequireRole requires="admin">
              <SsoPage />
            </RequireRole>
          }
        />
        <Route
          path="admin/indlejring"
          element={
            <RequireRole requires="admin">
              <EmbeddingPage />
            </RequireRole>
          }
        />
        <Route
          path="konto/totrinsbekraeftelse"
          element={
            <RequireRole>
              <SecondFactorPage />
            </RequireRole>
          }
        />
        <Route
          path="admin/log"
          element={
            <RequireRole requires="admin">
              <AuditLogPage />
            </RequireRole>
          }
        />
        <Route
          path="organisation"
          element={
            <RequireRole requires={UNIT_READERS}>
              <OrganisationPage />
            </RequireRole>
          }
        />
        <Route
          path="organisation/personer"
          element={
            <RequireRole requires={PEOPLE_READERS}>
              <PeoplePage />
            </RequireRole>
          }
        />
        <Route
          path="organisation/personer/ny"
          element={
            <RequireRole requires="admin">
              <NewPersonPage />
            </RequireRole>
          }
        />
        <Route
          path="organisation/personer/:id"
          element={
            <RequireRole requires={PEOPLE_READERS}>
              <PersonPage />
            </RequireRole>
          }
        />
        <Route
          path="organisation/fagomraader"
          element={
            <RequireRole requires="admin">
              <FieldsPage />
            </RequireRole>
          }
        />
        <Route
          path="organisation/fokusomraader"
          element={
            <RequireRole requires="admin">
              <FocusAreasPage />
            </RequireRole>
          }
        />
        <Route
          path="mit-program"
          element={
            <RequireRole>
              <MyProgrammePage />
            </RequireRole>
          }
        />
        <Route
          path="mit-program/aktionslaering"
          element={
            <RequireRole>
              <ActionLearningPage />
            </RequireRole>
          }
        />
        <Route
          path="indsigter"
          element={
            <RequireRole>
              <InsightsPage />
            </RequireRole>
          }
        />
        <Route
          path="indsigter/ny"
          element={
            <RequireRole>
              <NewInsightPage />
            </RequireRole>
          }
        />
        <Route
          path="indsigter/:id"
          element={
            <RequireRole>
              <InsightPage />
            </RequireRole>
          }
        />
        <Route
          path="selvvurdering"
          element={
            <RequireRole>
              <MyAssessmentsPage />
            </RequireRole>
          }
        />
        <Route
          path="selvvurdering/:id"
          element={
            <RequireRole>
              <AnswerPage />
            </RequireRole>
          }
        />
        <Route
          path="selvvurdering/:id/profil"
          element={
            <RequireRole>
              <ProfilePage />
            </RequireRole>
          }
        />
        <Route
          path="maalinger"
          element={
            <RequireRole requires={ROUND_VIEWERS}>
              <RoundsPage />
            </RequireRole>
          }
        />
        <Route
          path="ansvar"
          element={
            <RequireRole>
              <MatrixPage />
            </RequireRole>
          }
        />
        <Route
          path="ansvar/mit"
          element={
            <RequireRole>
              <MyResponsibilitiesPage />
            </RequireRole>
          }
        />
        <Route
          path="ansvar/rediger"
          element={
            <RequireRole requires="admin">
              <MatrixEditorPage />
            </RequireRole>
          }
        />
        <Route
          path="fortaelling"
          element={
            <RequireRole>
              <NarrativePage />
            </RequireRole>
          }
        />
        <Route
          path="fortaelling/rediger"
          element={
            <RequireRole requires="admin">
              <NarrativeEditorPage />
            </RequireRole>
          }
        />
        <Route
          path="stemme"
          element={
            <RequireRole>
              <VoicePage />
            </RequireRole>
          }
        />
        <Route
          path="stemme/overblik"
          element={
            <RequireRole requires={VOICE_READERS}>
              <VoiceOverviewPage />
            </RequireRole>
          }
        />
        <Route
          path="stemme/moderation"
          element={
            <RequireRole requires="voice_moderator">
              <ModerationPage />
            </RequireRole>
          }
        />
        <Route
          path="stemme/indstillinger"
          element={
            <RequireRole requires="admin">
              <VoiceSettingsPage />
            </RequireRole>
          }
        />
        <Route
          path="ordliste"
          element={
            <RequireRole>
              <GlossaryPage />
            </RequireRole>
          }
        />
        <Route
          path="laesbarhed"
          element={
            <RequireRole requires={TEXT_WRITERS}>
              <ReadabilityPage />
            </RequireRole>
          }
        />
        <Route
          path="maalinger/instrument"
          element={
            <RequireRole requires={ROUND_VIEWERS}>
              <InstrumentPage />
            </RequireRole>
          }
        />
        <Route
          path="maalinger/:id"
          element={
            <RequireRole requires={ROUND_VIEWERS}>
              <RoundPage />
            </RequireRole>
          }
        />
        <Route
          path="maalinger/:id/resultater"
          element={
            <RequireRole requires={ROUND_VIEWERS}>
              <HeatmapPage />
            </RequireRole>
          }
        />
        <Route
          path="programmer"
          element={
            <RequireRole requires={PROGRAMME_READERS}>
              <ProgrammesPage />
            </RequireRole>
          }
        />
        <Route
          path="programmer/:id"
          element={
            <RequireRole requires={PROGRAMME_READERS}>
              <ProgrammePage />
            </RequireRole>
          }
        />
        <Route
          path="programmer/versioner/:versionId"
          element={
            <RequireRole requires={PROGRAMME_READERS}>
              <VersionPage />
            </RequireRole>
          }
        />
        <Route
          path="programmer/versioner/:versionId/sammenlign/:otherId"
          element={
            <RequireRole requires={PROGRAMME_READERS}>
              <ComparePage />
            </RequireRole>
          }
        />
        <Route
          path="hold"
          element={
            <RequireRole requires={COHORT_VIEWERS}>
              <CohortsPage />
            </RequireRole>
          }
        />
        <Route
          path="hold/:id"
          element={
            <RequireRole requires={COHORT_VIEWERS}>
              <CohortPage />
            </RequireRole>
          }
        />
        <Route
          path="hold/:id/fremmoede/:activityId"
          element={
            <RequireRole requires={COHORT_RUNNERS}>
              <AttendancePage />
            </RequireRole>
          }
        />
        <Route
          path="hold/:id/saet/:setId"
          element={
            <RequireRole requires={COHORT_RUNNERS}>
              <SetMeetingsPage />
            </RequireRole>
          }
        />
        <Route
          path="organisation/import"
          element={
            <RequireRole requires="admin">
              <ImportPage />
            </RequireRole>
          }
        />
        <Route path="arrangementer" element={<PublicEventsPage />} />
        <Route path="arrangementer/:slug" element={<PublicEventPage />} />
        <Route path="arrangementer/:slug/tilmelding/:token" element={<ManageRegistrationPage />} />
        <Route
          path="admin/arrangementer"
          element={
            <RequireRole requires={EVENT_READERS}>
              <AdminEventsPage />
            </RequireRole>
          }
        />
        <Route
          path="admin/arrangementer/nyt"
          element={
            <RequireRole requires="admin">
              <NewEventPage />
            </RequireRole>
          }
        />
        <Route
          path="admin/arrangementer/:id"
          element={
            <RequireRole requires={EVENT_READERS}>
              <EventAdminPage />
            </RequireRole>
          }
        />
        <Route
          path="admin/arrangementer/:id/indtjekning"
          element={
            <RequireRole requires={EVENT_READERS}>
              <CheckInPage />
            </RequireRole>
          }
        />
        <Route path="tilgaengelighed" element={<AccessibilityPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
