package org.passage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * analyst assigned, auditor, org admin, system admin.
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
            POST /telegram/me/code                 200   200  200  200    200     200     200    403
            POST /telegram/webhook                 404   404  404  404    404     404     404    404
            """;

    @Autowired
    MockMvc mvc;
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

    @Test
    void deniedCaseReadsAreAudited() throws Exception {
        status("GET", "/cases/{foreign}", actors.get("cw"));
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'case.read' and outcome = 'DENIED' and record_id = ?")
                .param(foreignCase).query(Integer.class).single()).isPositive();
    }

    private int status(String method, String route, StaffMember actor) throws Exception {
        String path = route.replace("{own}", ownCase).replace("{foreign}", foreignCase)
                .replace("{random}", "0b5e6c2a-9d1f-4c1e-8a51-3f4f6d0c7a11").replace("{none}", UUID.randomUUID().toString())
                .replace("{item}", String.valueOf(ownItem)).replace("{fitem}", String.valueOf(foreignItem));
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
        return mvc.perform(request.with(ActingStaff.as(actor))).andReturn().getResponse().getStatus();
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
