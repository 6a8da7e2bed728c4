package org.passage.cases.internal;

import org.passage.cases.NoSuchCase;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Cases over JSON, with the same need-to-know and audit as the pages; errors are RFC 7807 problems. */
@RestController
class CaseApi {

    private final CaseDesk desk;
    private final CaseDoor door;
    private final Readers readers;
    private final org.springframework.context.MessageSource messages;

    CaseApi(CaseDesk desk, CaseDoor door, Readers readers, org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.desk = desk;
        this.door = door;
        this.readers = readers;
    }

    record CaseView(UUID id, String code, String stage, String name, String latinName, @Nullable LocalDate birthDate,
                    Instant openedAt, Set<UUID> assignedStaff) {
        static CaseView of(CaseFile f) {
            return new CaseView(f.id().value(), f.code().value(), f.stage().name(), f.applicant().name(),
                    f.applicant().latinName(), f.applicant().birthDate(), f.openedAt(), f.assignedStaff());
        }
    }

    @GetMapping("/api/cases")
    List<CaseView> list() {
        return door.list(500).stream().map(CaseView::of).toList();
    }

    @GetMapping("/api/cases/{id}")
    CaseView show(@PathVariable String id) {
        return CaseView.of(door.file(door.read(CasePages.parse(id), "case.read")));
    }

    @PostMapping("/api/cases")
    ResponseEntity<CaseView> open(@RequestBody CaseForm form) {
        CaseFile opened = desk.open(readers.current(), form.applicantAsSent());
        return ResponseEntity.created(URI.create("/api/cases/" + opened.id())).body(CaseView.of(opened));
    }

    @ExceptionHandler(InvalidCaseInput.class)
    ProblemDetail invalid(InvalidCaseInput e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.text(messages, java.util.Locale.ENGLISH));
        problem.setTitle("Invalid field: " + e.field());
        problem.setProperty("field", e.field());
        return problem;
    }

    @ExceptionHandler(NoSuchCase.class)
    ProblemDetail notFound() {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No such case.");
        problem.setTitle("Not Found");
        return problem;
    }
}
