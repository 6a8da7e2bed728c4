package org.passage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.passage.organizations.Organizations;
import org.passage.organizations.Role;
import org.passage.organizations.StaffDirectory;
import org.passage.organizations.StaffMember;
import org.passage.support.ActingStaff;
import org.passage.support.PassageIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every route × every role × own or foreign organization, against the real application and database. The
 * table below is the specification: 200 shown, 302 done (redirect after a form), 403 refused, 404 "no such
 * case" (a case you may not see is indistinguishable from one that does not exist). A system admin who asks
 * for the users page is sent on to the organizations page, which is his.
 * Columns: coordinator, caseworker assigned to the own case, caseworker not assigned, lawyer not assigned,
 * analyst assigned, auditor, org admin, system admin. A cell "-" is not run here, for the reason {@link #NOT_RUN} gives.
 * {@code {staff}} is a staff member of the own organization, {@code {fstaff}} one of the foreign organization.
 *
 * <p>No route can be forgotten: {@link #everyRouteOfTheApplicationHasARowInTheMatrix()} lists every request mapping of
 * the running application and fails on one that no row reaches, unless {@link #NOT_IN_THE_MATRIX} says why.
 */
@PassageIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixIntegrationTests {

    private static final String MATRIX = """
            route                                  coord cw   cw2  lawyer analyst auditor orgadm sysadm
            GET  /                                 200   200  200  200    200     200     200    200
            GET  /cases                            200   200  200  200    200     403     403    403
            GET  /cases/new                        200   200  200  403    403     403     403    403
            GET  /cases/{own}                      200   200  404  404    200     404     404    403
            GET  /cases/{foreign}                  404   404  404  404    404     404     404    403
            POST /cases/{own}/stage                302   302  404  404    403     404     404    403
            POST /cases/{foreign}/stage            404   404  404  404    404     404     404    403
            POST /cases/{own}/assignments          302   403  404  404    403     404     404    403
            POST /cases/{foreign}/assignments      404   404  404  404    404     404     404    403
            POST /cases/{own}/handover             302   403  404  404    403     404     404    403
            POST /cases/{foreign}/handover         404   404  404  404    404     404     404    403
            GET  /cases?stage=NOPE                 400   400  400  400    400     403     403    403
            GET  /cases?country=KZ                 200   200  200  200    200     403     403    403
            GET  /cases?q=Тестов&sort=NAME&page=1  200   200  200  200    200     403     403    403
            GET  /cases?sort=NOPE                  400   400  400  400    400     403     403    403
            GET  /cases?page=0                     400   400  400  400    400     403     403    403
            GET  /cases/{own}/journey              200   200  404  404    200     404     404    403
            GET  /cases/{foreign}/journey          404   404  404  404    404     404     404    403
            POST /cases/{own}/locations            302   302  404  404    403     404     404    403
            POST /cases/{foreign}/locations        404   404  404  404    404     404     404    403
            GET  /cases/{own}/details              200   200  404  404    200     404     404    403
            GET  /cases/{foreign}/details          404   404  404  404    404     404     404    403
            POST /cases/{own}/details              302   302  404  404    403     404     404    403
            POST /cases/{own}/evidence             302   302  404  404    403     404     404    403
            POST /cases/{own}/notes                302   302  404  404    403     404     404    403
            POST /cases/{foreign}/notes            404   404  404  404    404     404     404    403
            GET  /cases/{own}/tasks                200   200  404  404    200     404     404    403
            POST /cases/{own}/tasks                302   302  404  404    403     404     404    403
            POST /cases/{foreign}/tasks            404   404  404  404    404     404     404    403
            GET  /tasks                            200   200  200  200    200     403     403    403
            POST /cases/{own}/applicant            302   302  404  404    403     404     404    403
            POST /cases/{foreign}/applicant        404   404  404  404    404     404     404    403
            POST /cases/{own}/notes/{random}       404   404  404  404    403     404     404    403
            POST /cases/{own}/tasks/{random}       404   404  404  404    403     404     404    403
            POST /cases/{own}/assignments/{random}/remove 404 403 404 404  403     404     404    403
            POST /cases/{foreign}/assignments/{random}/remove 404 404 404 404 404  404     404    403
            GET  /cases/{own}/documents            200   200  404  404    200     404     404    403
            GET  /cases/{foreign}/documents        404   404  404  404    404     404     404    403
            GET  /api/cases                        200   200  200  200    200     403     403    403
            GET  /api/cases/{own}                  200   200  404  404    200     404     404    403
            GET  /api/cases/{foreign}              404   404  404  404    404     404     404    403
            GET  /cases/not-a-uuid                 404   404  404  404    404     404     404    403
            GET  /risks                            200   200  200  200    200     403     403    403
            GET  /risks/KZ                         200   403  403  403    403     403     403    403
            POST /risks/KZ                         302   403  403  403    403     403     403    403
            GET  /admin/users                      403   403  403  403    403     403     200    302
            GET  /screening                        200   200  200  200    200     403     403    403
            POST /screening                        200   200  200  200    200     403     403    403
            GET  /screening/alerts                 200   200  200  200    200     403     403    403
            GET  /screening/alerts/runs            200   200  200  200    200     403     403    403
            POST /screening/alerts/{none}/acknowledge 404 403 403  403    404     403     403    403
            GET  /cases/{own}/screening            200   403  403  403    200     403     403    403
            GET  /cases/{foreign}/screening        404   403  403  403    404     403     403    403
            POST /cases/{own}/screening/reviews    400   403  403  403    400     403     403    403
            POST /cases/{foreign}/screening/reviews 404  403  403  403    404     403     403    403
            POST /cases/{own}/screening/reviews/{random}/second 400 403 403 403 400  403     403    403
            POST /cases/{foreign}/screening/reviews/{random}/second 404 403 403 403 404 403    403    403
            POST /api/match/default                200   200  200  200    200     403     403    403
            GET  /api/search?q=Ivanov              200   200  200  200    200     403     403    403
            GET  /api/screening/status             200   200  200  200    200     403     403    403
            GET  /api/openapi.yaml                 200   200  200  200    200     403     403    403
            GET  /admin/organizations              403   403  403  403    403     403     403    200
            GET  /checkins                         200   200  200  200    200     403     403    403
            GET  /checkins/cases/{own}             200   200  404  404    200     403     403    403
            GET  /checkins/cases/{foreign}         404   404  404  404    404     403     403    403
            POST /checkins/cases/{own}/schedule    302   302  404  404    403     403     403    403
            POST /checkins/cases/{foreign}/schedule 404  404  404  404    404     403     403    403
            POST /checkins/alerts/{random}/acknowledge 404 404 404 404    404     403     403    403
            GET  /checkin/{random}                 410   410  410  410    410     410     410    410
            GET  /intake                           200   200  200  200    200     200     200    200
            GET  /intake/status                    200   200  200  200    200     200     200    200
            GET  /intake-inbox                     200   200  200  403    403     403     403    403
            GET  /intake-inbox/{own}               404   404  404  403    403     403     403    403
            GET  /intake-inbox/{foreign}           404   404  404  403    403     403     403    403
            GET  /checkins/find?code=ZZZZ-ZZZZ     404   404  404  404    404     403     403    403
            GET  /admin/lists                      403   403  403  403    403     403     403    200
            GET  /admin/lists/progress             403   403  403  403    403     403     403    200
            GET  /admin/datasets                   403   403  403  403    403     403     403    200
            GET  /admin/datasets/progress          403   403  403  403    403     403     403    200
            GET  /cases/{own}/referrals            200   200  404  404    200     404     404    403
            GET  /cases/{foreign}/referrals        404   404  404  404    404     404     404    403
            POST /cases/{own}/referrals            400   400  404  404    403     404     404    403
            POST /cases/{foreign}/referrals        404   404  404  404    404     404     404    403
            POST /referrals/{random}/withdraw      404   404  404  404    404     404     404    403
            POST /referrals/{random}/answer        404   404  404  404    404     404     404    403
            GET  /referrals/incoming               200   403  403  403    403     403     403    403
            GET  /referrals/incoming/{random}      404   403  403  403    403     403     403    403
            POST /referrals/incoming/{random}/accept 404 403  403  403    403     403     403    403
            POST /referrals/incoming/{random}/decline 404 403 403  403    403     403     403    403
            GET  /admin/partners                   403   403  403  403    403     403     200    403
            POST /admin/partners                   403   403  403  403    403     403     400    403
            GET  /cases/{own}/vetting              200   200  404  404    200     404     404    403
            GET  /cases/{foreign}/vetting          404   404  404  404    404     404     404    403
            GET  /cases/{own}/vetting/map.svg      200   200  404  404    200     404     404    403
            POST /cases/{own}/vetting/periods      403   403  404  404    302     404     404    403
            POST /cases/{foreign}/vetting/periods  404   404  404  404    404     404     404    403
            POST /cases/{own}/vetting/runs         403   403  404  404    302     404     404    403
            POST /cases/{foreign}/vetting/runs     404   404  404  404    404     404     404    403
            POST /cases/{own}/vetting/decision/review 403 403 404 404    400     404     404    403
            POST /cases/{own}/dossiers             400   403  404  404    403     404     404    403
            POST /cases/{foreign}/dossiers         404   404  404  404    404     404     404    403
            GET  /cases/{own}/dossiers/{random}/pdf 404  403  404  404    404     404     404    403
            GET  /cases/{own}/dossiers/{random}/sig 404  403  404  404    404     404     404    403
            GET  /cases/{foreign}/dossiers/{random}/pdf 404 404 404 404   404     404     404    403
            GET  /dossier/public-key               200   200  200  200    200     200     200    403
            GET  /vetting/leads                    403   403  403  403    200     403     403    403
            POST /vetting/leads/decide             403   403  403  403    400     403     403    403
            POST /vetting/leads/decide?decision=confirm&reason=matrix&unit={none}&incident={none} 403 403 403 403 400 403 403 403
            GET  /units                            200   200  200  200    200     403     403    403
            GET  /units?q=в/ч+51460                200   200  200  200    200     403     403    403
            GET  /units/new                        200   403  403  403    200     403     403    403
            POST /units                            400   403  403  403    400     403     403    403
            GET  /units/{none}                     404   404  404  404    404     403     403    403
            POST /units/{none}                     404   403  403  403    404     403     403    403
            POST /units/{none}/aliases             404   403  403  403    404     403     403    403
            POST /units/{none}/links               404   403  403  403    404     403     403    403
            POST /units/{none}/links/{random}/review 404 403  403  403    404     403     403    403
            GET  /audit                            403   403  403  403    403     200     403    403
            GET  /audit?case=ZZZZ-ZZZZ&family=case 403   403  403  403    403     200     403    403
            GET  /audit/export.csv                 403   403  403  403    403     200     403    403
            GET  /audit/export.csv?from=bad        403   403  403  403    403     400     403    403
            GET  /statistics                       200   403  403  403    403     403     200    403
            GET  /statistics/export.csv            200   403  403  403    403     403     200    403
            GET  /statistics/cases-by-stage.csv    200   403  403  403    403     403     200    403
            GET  /statistics/nope.csv              404   403  403  403    403     403     404    403
            GET  /cases/{own}/evidence/new         200   200  404  404    200     404     404    403
            GET  /cases/{foreign}/evidence/new     404   404  404  404    404     404     404    403
            POST /cases/{own}/evidence/new         302   302  404  404    302     404     404    403
            POST /cases/{foreign}/evidence/new     404   404  404  404    404     404     404    403
            GET  /cases/{own}/evidence/{item}      200   200  404  404    200     404     404    403
            GET  /cases/{foreign}/evidence/{fitem} 404   404  404  404    404     404     404    403
            GET  /cases/{own}/evidence/{none}      404   404  404  404    404     404     404    403
            POST /cases/{own}/evidence/{item}/open 200   200  404  404    200     404     404    403
            POST /cases/{foreign}/evidence/{fitem}/open 404 404 404 404   404     404     404    403
            POST /cases/{own}/evidence/{item}/verify 302 302  404  404    302     404     404    403
            POST /cases/{own}/evidence/{item}/transfer 302 302 404 404    302     404     404    403
            POST /cases/{foreign}/evidence/{fitem}/transfer 404 404 404 404 404   404     404    403
            GET  /admin/api-keys                   403   403  403  403    403     403     200    403
            POST /admin/api-keys                   403   403  403  403    403     403     200    403
            POST /admin/api-keys/{random}/revoke   403   403  403  403    403     403     404    403
            GET  /telegram/cases/{own}             200   200  404  403    403     403     403    403
            GET  /telegram/cases/{foreign}         404   404  404  403    403     403     403    403
            POST /telegram/cases/{own}/code        200   200  404  403    403     403     403    403
            POST /telegram/cases/{foreign}/code    404   404  404  403    403     403     403    403
            POST /telegram/cases/{own}/disconnect  302   302  404  403    403     403     403    403
            GET  /telegram/me                      200   200  200  200    200     200     200    403
            POST /telegram/me/code                 200   200  200  200    200     403     403    403
            POST /telegram/webhook                 404   404  404  404    404     404     404    404
            POST /cases                            302   302  302  403    403     403     403    403
            POST /api/cases                        201   201  201  403    403     403     403    403
            POST /cases/{own}/documents            400   400  404  404    403     404     404    403
            POST /cases/{foreign}/documents        404   404  404  404    404     404     404    403
            GET  /cases/{own}/documents/{random}   404   404  404  404    404     404     404    403
            GET  /cases/{foreign}/documents/{random} 404 404  404  404    404     404     404    403
            POST /cases/{own}/tasks/{random}/done  404   404  404  404    403     404     404    403
            GET  /risks/add?country=KZ             302   403  403  403    403     403     403    403
            GET  /cases/{own}/retention            200   403  403  403    403     403     403    403
            GET  /cases/{foreign}/retention        404   403  403  403    403     403     403    403
            POST /cases/{own}/retention/hold       400   403  403  403    403     403     403    403
            POST /cases/{foreign}/retention/hold   404   403  403  403    403     403     403    403
            POST /cases/{own}/retention/hold/lift  302   403  403  403    403     403     403    403
            POST /cases/{own}/retention/erasure    302   403  403  403    403     403     403    403
            POST /cases/{foreign}/retention/erasure 404  403  403  403    403     403     403    403
            POST /cases/{own}/retention/erasure/withdraw 302 403 403 403  403     403     403    403
            POST /cases/{own}/retention/erasure/confirm 409 403 403 403   403     403     403    403
            POST /cases/{foreign}/retention/erasure/confirm 404 403 403 403 403    403     403    403
            POST /checkins/cases/{own}/duress      302   302  404  404    403     403     403    403
            POST /checkins/cases/{foreign}/duress  404   404  404  404    404     403     403    403
            POST /checkins/cases/{own}/links       200   200  404  404    403     403     403    403
            POST /checkins/cases/{foreign}/links   404   404  404  404    404     403     403    403
            POST /checkin/{random}                 410   410  410  410    410     410     410    410
            POST /intake                           400   400  400  400    400     400     400    400
            POST /intake/status                    400   400  400  400    400     400     400    400
            GET  /intake-inbox/held                200   403  403  403    403     403     403    403
            GET  /intake-inbox/held/{random}       404   403  403  403    403     403     403    403
            POST /intake-inbox/held/{random}/accept 404  403  403  403    403     403     403    403
            POST /intake-inbox/held/{random}/spam  404   403  403  403    403     403     403    403
            POST /intake-inbox/held/{random}/duplicate 404 403 403 403    403     403     403    403
            POST /admin/partners/{random}/remove   403   403  403  403    403     403     404    403
            GET  /api/search/default?q=Ivanov      200   200  200  200    200     403     403    403
            GET  /api/entities/{random}            404   404  404  404    404     403     403    403
            GET  /api/catalog                      200   200  200  200    200     403     403    403
            GET  /api/algorithms                   200   200  200  200    200     403     403    403
            GET  /api/healthz                      200   200  200  200    200     200     200    200
            GET  /api/readyz                       200   200  200  200    200     200     200    200
            POST /cases/{own}/vetting/periods/{random} 403 403 404 404    404     404     404    403
            POST /cases/{own}/vetting/periods/{random}/delete 403 403 404 404 404  404     404    403
            POST /cases/{own}/vetting/findings     403   403  404  404    400     404     404    403
            POST /cases/{foreign}/vetting/findings 404   404  404  404    404     404     404    403
            POST /cases/{own}/vetting/findings/{random}/evidence 403 403 404 404 404 404    404    403
            POST /cases/{own}/vetting/decision     403   403  404  404    400     404     404    403
            POST /cases/{foreign}/vetting/decision 404   404  404  404    404     404     404    403
            POST /cases/{foreign}/vetting/decision/review 404 404 404 404 404    404     404    403
            POST /cases/{own}/vetting/decision/reopen 403 403 404 404     400     404     404    403
            GET  /units/incidents/new              200   403  403  403    200     403     403    403
            POST /units/incidents                  400   403  403  403    400     403     403    403
            GET  /units/incidents/{none}           404   404  404  404    404     403     403    403
            POST /units/incidents/{none}           404   403  403  403    404     403     403    403
            POST /units/{none}/formations          404   403  403  403    404     403     403    403
            POST /units/{none}/merge               404   403  403  403    404     403     403    403
            POST /units/{none}/sanctions/review    404   403  403  403    404     403     403    403
            POST /units/{none}/existence           404   403  403  403    404     403     403    403
            POST /telegram/me/on-call              302   302  302  302    302     403     403    403
            POST /telegram/me/disconnect           302   302  302  302    302     302     302    403
            POST /admin/datasets/update            403   403  403  403    403     403     403    -
            POST /admin/lists                      403   403  403  403    403     403     403    400
            GET  /admin/users/new                  403   403  403  403    403     403     200    403
            POST /admin/users                      403   403  403  403    403     403     400    403
            GET  /admin/users/{staff}              403   403  403  403    403     403     200    403
            GET  /admin/users/{fstaff}             403   403  403  403    403     403     404    403
            POST /admin/users/{staff}/roles        403   403  403  403    403     403     302    403
            POST /admin/users/{fstaff}/roles       403   403  403  403    403     403     404    403
            POST /admin/users/{fstaff}/identity    403   403  403  403    403     403     404    403
            POST /admin/users/{fstaff}/disabled    403   403  403  403    403     403     404    403
            POST /admin/users/{fstaff}/password    403   403  403  403    403     403     404    403
            POST /admin/users/{fstaff}/totp        403   403  403  403    403     403     404    403
            POST /admin/users/{fstaff}/sessions/end 403  403  403  403    403     403     404    403
            POST /admin/organizations              403   403  403  403    403     403     403    400
            POST /admin/organizations/{random}/admins 403 403 403 403     403     403     403    400
            POST /admin/grants/{random}/approve    403   403  403  403    403     403     404    404
            POST /admin/grants/{random}/refuse     403   403  403  403    403     403     404    404
            GET  /account/password                 200   200  200  200    200     200     200    200
            POST /account/password                 400   400  400  400    400     400     400    400
            POST /account/sessions/end             302   302  302  302    302     302     302    302
            """;

    /** Routes that have no row, and why. Nothing that a logged-in member reaches belongs here. */
    private static final Map<String, String> NOT_IN_THE_MATRIX = Map.of(
            "ANY /error", "the error page, reached only by the container's forward of a failed request",
            "GET /login", "the login steps come before any role: LoginIntegrationTests and LoginBrowserTests",
            "GET /login/password", "login step (LoginIntegrationTests)",
            "POST /login/password", "login step (LoginIntegrationTests)",
            "GET /login/totp/enrol", "login step (LoginIntegrationTests)",
            "POST /login/totp/enrol", "login step (LoginIntegrationTests)",
            "GET /login/totp", "login step (LoginIntegrationTests)",
            "POST /login/totp", "login step (LoginIntegrationTests)");

    /** Cells marked "-": what they would do, and the test that covers them instead. */
    private static final Map<String, String> NOT_RUN = Map.of(
            "POST /admin/datasets/update sysadm", "starts a real dataset update from the publishers; "
                    + "DatasetPagesIntegrationTests.updateNowRunsInTheBackground… runs it against a local server");

    @Autowired
    MockMvc mvc;
    @Autowired
    @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
    org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping mappings;
    @Autowired
    Organizations organizations;
    @Autowired
    StaffDirectory directory;
    @Autowired
    JdbcClient jdbc;

    private final Map<String, StaffMember> actors = new LinkedHashMap<>();
    private String ownCase;
    private String foreignCase;
    private String ownItem;
    private String foreignItem;
    private UUID ownColleague;
    private UUID spareColleague;
    private UUID ownStaff;
    private UUID foreignStaff;

    @BeforeAll
    void setUp() throws Exception {
        var staff = new ActingStaff(organizations, directory, jdbc);
        UUID own = staff.organization("Matrix Own");
        UUID foreign = staff.organization("Matrix Foreign");
        actors.put("coord", staff.member(own, Role.COORDINATOR));
        actors.put("cw", staff.member(own, Role.CASEWORKER));
        actors.put("cw2", staff.member(own, Role.CASEWORKER));
        actors.put("lawyer", staff.member(own, Role.LAWYER));
        actors.put("analyst", staff.member(own, Role.VETTING_ANALYST));
        actors.put("auditor", staff.member(own, Role.AUDITOR));
        actors.put("orgadm", staff.member(own, Role.ORG_ADMIN));
        actors.put("sysadm", staff.member(null, Role.SYSTEM_ADMIN));
        // assigned by the coordinator's row of the matrix; not one of the columns, so no later cell changes
        ownColleague = staff.member(own, Role.CASEWORKER).id();
        spareColleague = staff.member(own, Role.CASEWORKER).id();

        ownCase = openCase(actors.get("coord"));
        assign(actors.get("coord"), ownCase, actors.get("cw").id());
        assign(actors.get("coord"), ownCase, actors.get("analyst").id());
        var foreignCoordinator = staff.member(foreign, Role.COORDINATOR);
        ownStaff = staff.member(own, Role.AUDITOR).id();
        foreignStaff = foreignCoordinator.id();
        foreignCase = openCase(foreignCoordinator);
        ownItem = captureEvidence(actors.get("coord"), ownCase);
        foreignItem = captureEvidence(foreignCoordinator, foreignCase);
        waitForScreeningIndex();
    }

    @Test
    void everyRouteAnswersEveryRoleAsSpecified() throws Exception {
        List<String> lines = MATRIX.lines().filter(l -> !l.isBlank()).toList();
        List<String> columns = List.of(lines.get(0).trim().split("\\s+")).subList(1, 9);
        List<String> mismatches = new ArrayList<>();
        int checked = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.trim().split("\\s+");
            String method = cells[0];
            String route = cells[1];
            for (int i = 0; i < columns.size(); i++) {
                if (cells[2 + i].equals("-")) {
                    assertThat(NOT_RUN).as("why the cell is not run").containsKey(method + " " + route + " " + columns.get(i));
                    checked++;
                    continue;
                }
                int expected = Integer.parseInt(cells[2 + i]);
                int actual = status(method, route, actors.get(columns.get(i)));
                checked++;
                if (actual != expected) {
                    mismatches.add(method + " " + route + " as " + columns.get(i) + ": expected " + expected + ", got " + actual);
                }
            }
        }
        assertThat(mismatches).as("routes answering otherwise than the matrix says").isEmpty();
        assertThat(checked).isEqualTo((lines.size() - 1) * 8);
    }

    /**
     * Every request mapping of the running application (method and pattern, as Spring resolves them) is reached by a
     * row of the matrix, or named in {@link #NOT_IN_THE_MATRIX}: a new controller route without a row fails here.
     */
    @Test
    void everyRouteOfTheApplicationHasARowInTheMatrix() throws Exception {
        Set<String> reached = new TreeSet<>();
        for (String line : MATRIX.lines().filter(l -> !l.isBlank()).skip(1).toList()) {
            String[] cells = line.trim().split("\\s+");
            var request = new org.springframework.mock.web.MockHttpServletRequest(cells[0], path(cells[1]).replaceFirst("\\?.*", ""));
            org.springframework.web.util.ServletRequestPathUtils.parseAndCache(request);
            try {
                if (mappings.getHandler(request) != null) {
                    reached.add(cells[0] + " " + request.getAttribute(org.springframework.web.servlet.HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE));
                }
            } catch (Exception e) {
                // no mapping takes this method on this path: the row checks a route that does not exist, which is allowed
            }
        }
        Set<String> routes = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            var methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (methods.isEmpty()) {
                    routes.add("ANY " + pattern);
                }
                methods.forEach(m -> routes.add(m.name() + " " + pattern));
            }
        });
        assertThat(routes).as("the application's routes").hasSizeGreaterThan(100).containsAll(NOT_IN_THE_MATRIX.keySet());
        routes.removeAll(NOT_IN_THE_MATRIX.keySet());
        routes.removeAll(reached);
        assertThat(routes).as("routes no row of the matrix reaches: add a row (every role, own and foreign organization) "
                + "or say in NOT_IN_THE_MATRIX why not").isEmpty();
    }

    @Test
    void deniedCaseReadsAreAudited() throws Exception {
        status("GET", "/cases/{foreign}", actors.get("cw"));
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'case.read' and outcome = 'DENIED' and record_id = ?")
                .param(foreignCase).query(Integer.class).single()).isPositive();
    }

    private int status(String method, String route, StaffMember actor) throws Exception {
        String path = path(route);
        MockHttpServletRequestBuilder request = method.equals("GET") ? get(path) : post(path).with(csrf());
        if (path.equals("/screening")) {
            request.param("name", "Ivanov Ivan");
        }
        if (path.startsWith("/api/match/")) {
            request.contentType(MediaType.APPLICATION_JSON)
                    .content("{\"queries\": {\"q\": {\"schema\": \"Person\", \"properties\": {\"name\": [\"Ivanov Ivan\"]}}}}");
        }
        if (path.endsWith("/dossiers")) {
            // a well-formed export: the own case has no vetting decision, so even an allowed exporter gets 400
            request.param("language", "en").param("profile", "AUTHORITY").param("recipient", "Consulate");
        }
        if (path.endsWith("/second")) {
            // a well-formed second review of a proposal that does not exist: an allowed reviewer of the case gets 400
            request.param("outcome", "CONFIRM").param("reason", "checked");
        }
        if (path.endsWith("/screening/reviews")) {
            request.param("list", "no-list").param("entityId", "no-entity").param("decision", "DISMISSED").param("reason", "not him");
        }
        if (path.endsWith("/stage")) {
            // every allowed cell really moves the case, so alternate between two moves the rules always allow
            String current = jdbc.sql("select stage from cases where id = ?::uuid").param(route.contains("{own}") ? ownCase : foreignCase)
                    .query(String.class).single();
            request.param("stage", current.equals("LOST_CONTACT") ? "DETAINED" : "LOST_CONTACT")
                    .param("effective", java.time.LocalDate.now().toString());
        }
        if (path.startsWith("/risks/")) {
            request.param("extraditionLevel", "HIGH").param("extraditionText", "").param("kidnappingLevel", "LOW")
                    .param("kidnappingText", "").param("deportationLevel", "HIGH").param("deportationText", "")
                    .param("sources", "Matrix test (as of 2025-01)").param("assessedOn", "2025-01-01");
        }
        if (path.endsWith("/details")) {
            request.param("otherNames", "ТЕСТОВ").param("languages", "ru");
        }
        if (path.endsWith("/evidence/new") && method.equals("POST")) {
            request.param("kind", "WEB_PAGE").param("label", "matrix").param("url", "https://example.org/matrix")
                    .param("capturedAt", "2026-01-01T10:00");
        }
        if (path.endsWith("/open")) {
            request.param("purpose", "matrix");
        }
        if (path.endsWith("/transfer")) {
            request.param("recipient", "matrix").param("purpose", "matrix");
        }
        if (path.endsWith("/evidence")) {
            request.param("kind", "MILITARY_ID").param("description", "").param("seenBy", "matrix").param("seenOn", "2026-01-01");
        }
        if (path.endsWith("/tasks")) {
            request.param("kind", "DOCUMENTS").param("title", "a task").param("dueOn", java.time.LocalDate.now().toString());
        }
        if (path.endsWith("/applicant")) {
            request.param("name", "Тестов Тест").param("latinName", "TESTOV TEST").param("birthDate", "1990-01-01");
        }
        if (path.endsWith("/notes")) {
            request.param("body", "a note");
        }
        if (path.endsWith("/locations")) {
            request.param("country", "KZ").param("city", "Алматы").param("since", java.time.LocalDate.now().toString());
        }
        if (path.endsWith("/handover")) {
            // the coordinator's cell hands the colleague (assigned by the row above) to a spare one: no column loses access
            request.param("fromStaffId", ownColleague.toString()).param("toStaffId", spareColleague.toString());
        }
        if (path.equals("/admin/api-keys") && method.equals("POST")) {
            request.param("name", "matrix").param("days", "30");
        }
        if (path.endsWith("/schedule")) {
            request.param("hours", "24");
        }
        if (path.endsWith("/vetting/periods")) {
            request.param("unit", "в/ч 00000").param("latitude", "51.67").param("longitude", "39.18").param("from", "2019")
                    .param("sourceKind", "STATEMENT").param("overlapNote", "matrix rows may repeat");
        }
        if (path.endsWith("/assignments")) {
            request.param("staffId", ownColleague.toString());
        }
        if (path.equals("/cases") && method.equals("POST")) {
            request.param("name", "Тестов Тест").param("latinName", "TESTOV TEST").param("birthDate", "");
        }
        if (path.equals("/api/cases") && method.equals("POST")) {
            request.contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"Тестов Тест\",\"latinName\":\"TESTOV TEST\"}");
        }
        if (path.endsWith("/duress")) {
            request.param("phrase", "погода хорошая");
        }
        if (path.contains("/vetting/findings/") && path.endsWith("/evidence")) {
            request.param("evidence", UUID.randomUUID().toString());
        }
        if (path.endsWith("/disabled")) {
            request.param("disabled", "true");
        }
        int status = mvc.perform(request.with(ActingStaff.as(actor))).andReturn().getResponse().getStatus();
        if (path.equals("/account/sessions/end")) { // the actor's other sessions end: his next request starts at epoch 0 again
            jdbc.sql("update staff_credentials set session_epoch = 0 where staff_id = ?").param(actor.id()).update();
        }
        return status;
    }

    private String path(String route) {
        return route.replace("{own}", ownCase).replace("{foreign}", foreignCase)
                .replace("{random}", "0b5e6c2a-9d1f-4c1e-8a51-3f4f6d0c7a11").replace("{none}", UUID.randomUUID().toString())
                .replace("{item}", String.valueOf(ownItem)).replace("{fitem}", String.valueOf(foreignItem))
                .replace("{fstaff}", foreignStaff.toString()).replace("{staff}", ownStaff.toString());
    }

    /** The screening index is built in the background at startup; its routes answer 503 until then. */
    private void waitForScreeningIndex() throws Exception {
        for (int i = 0; i < 600; i++) {
            String status = mvc.perform(get("/api/screening/status").with(ActingStaff.as(actors.get("coord"))))
                    .andReturn().getResponse().getContentAsString();
            if (status.contains("\"READY\"")) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the screening index was not built within a minute");
    }

    private String openCase(StaffMember coordinator) throws Exception {
        String body = mvc.perform(post("/api/cases").with(csrf()).with(ActingStaff.as(coordinator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Тестов Тест\",\"latinName\":\"TESTOV TEST\",\"birthDate\":\"1990-01-01\"}"))
                .andReturn().getResponse().getContentAsString();
        return JsonMapper.builder().build().readTree(body).get("id").asString();
    }

    /** An evidence item with an archived copy, so that opening and verifying it answer 200/302. */
    private String captureEvidence(StaffMember coordinator, String caseId) throws Exception {
        String location = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .multipart("/cases/" + caseId + "/evidence/new")
                        .file(new org.springframework.mock.web.MockMultipartFile("file", "m.txt", "text/plain", "matrix".getBytes()))
                        .param("kind", "DOCUMENT").param("label", "matrix").param("capturedAt", "2026-01-01T10:00")
                        .with(csrf()).with(ActingStaff.as(coordinator)))
                .andReturn().getResponse().getRedirectedUrl();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private void assign(StaffMember coordinator, String caseId, UUID staffId) throws Exception {
        mvc.perform(post("/cases/" + caseId + "/assignments").with(csrf()).with(ActingStaff.as(coordinator))
                .param("staffId", staffId.toString()));
    }
}
