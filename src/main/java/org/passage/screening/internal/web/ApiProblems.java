package org.passage.screening.internal.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The screening API's refusals as problem JSON with yente's status codes: 422 for a request yente's model refuses,
 * 400 for one it understands but will not answer, 404 for an unknown dataset or entity, 503 before the index is
 * built. {@code detail} carries the reason, as yente's {@code {"detail": …}} does, and {@code field} names the part at
 * fault. Kept apart from the controllers: their {@code @PreAuthorize} would also guard handlers declared in them, and
 * turn an API key's every refusal into a 500.
 *
 * <p>Every refusal is audited ({@code screening.refused}: the status, the field at fault, the route), as the answers are:
 * a refused request was unaudited, so a key probing the API left no line (red27). Never the message, which may quote
 * what was sent (a filter's value), and never a query's key, which the client chooses and may make a name.
 */
@RestControllerAdvice(assignableTypes = {MatchApi.class, SearchApi.class, CatalogApi.class})
class ApiProblems {

    /** A query's key inside a field ({@code queries.<key>.properties.name}) is the client's text: it is not audited. */
    private static final java.util.regex.Pattern QUERY_KEY = java.util.regex.Pattern.compile("^queries\\.[^.]+");

    private final org.passage.audit.AuditTrail audit;
    private final org.passage.security.CurrentStaff staff;

    ApiProblems(org.passage.audit.AuditTrail audit, org.passage.security.CurrentStaff staff) {
        this.audit = audit;
        this.staff = staff;
    }

    @ExceptionHandler(InvalidMatchRequest.class)
    ResponseEntity<ProblemDetail> invalid(InvalidMatchRequest e, jakarta.servlet.http.HttpServletRequest request) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(e.status()), e.field() + ": " + e.getMessage());
        problem.setTitle("Invalid field: " + e.field());
        problem.setProperty("field", e.field());
        return refused(problem, request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> mismatch(MethodArgumentTypeMismatchException e, jakarta.servlet.http.HttpServletRequest request) {
        return invalid(InvalidMatchRequest.unprocessable(e.getName(), "not a valid value"), request);
    }

    @ExceptionHandler(org.springframework.validation.BindException.class)
    ResponseEntity<ProblemDetail> unbound(org.springframework.validation.BindException e, jakarta.servlet.http.HttpServletRequest request) {
        var error = e.getFieldError();
        return invalid(InvalidMatchRequest.unprocessable(error == null ? "query" : error.getField(), "not a valid value"), request);
    }

    /** A body that could not be read: cut off past the server's bound on bodies (web.internal.OversizedBodies), or broken off. */
    @ExceptionHandler(org.springframework.http.converter.HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(jakarta.servlet.http.HttpServletRequest request) {
        return invalid(new InvalidMatchRequest("body", "could not be read; a body is at most " + MatchRequestParser.MAX_BODY_BYTES + " bytes"), request);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missing(MissingServletRequestParameterException e, jakarta.servlet.http.HttpServletRequest request) {
        return invalid(InvalidMatchRequest.unprocessable(e.getParameterName(), "required"), request);
    }

    @ExceptionHandler(MatchApi.UnknownDataset.class)
    ResponseEntity<ProblemDetail> unknownDataset(jakarta.servlet.http.HttpServletRequest request) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No such dataset. Use \"default\" for all lists, a list name or a source dataset (see /api/catalog).");
        problem.setTitle("Unknown dataset");
        problem.setProperty("field", "dataset");
        return refused(problem, request);
    }

    /** Audited by the endpoint already, with the id asked for ({@code screening.entity}, FAILED). */
    @ExceptionHandler(CatalogApi.UnknownEntity.class)
    ResponseEntity<ProblemDetail> unknownEntity() {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No such entity!");
        problem.setTitle("Unknown entity");
        problem.setProperty("field", "entity_id");
        return problem(problem);
    }

    @ExceptionHandler(ScreeningUnits.AllowanceSpent.class)
    ResponseEntity<ProblemDetail> allowanceSpent(ScreeningUnits.AllowanceSpent e, jakarta.servlet.http.HttpServletRequest request) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, "This key's (or session's) screening for this minute, or "
                + "its organization's, is spent: a query counts one unit per started " + ScreeningUnits.NAMES_PER_UNIT + " names and " + ScreeningUnits.CANDIDATES_PER_UNIT
                + " candidates, a search " + ScreeningUnits.SEARCH + "; wait " + e.retryAfterSeconds() + " seconds.");
        problem.setTitle("Too Many Requests");
        refused(problem, request);
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header("Retry-After", String.valueOf(e.retryAfterSeconds()))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @ExceptionHandler(LiveIndex.IndexNotReady.class)
    ResponseEntity<ProblemDetail> notReady() {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, "Index not ready: the screening index is still being built; try again shortly");
        problem.setTitle("Index not ready");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "5")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** The refusal, audited: who (the key or member), the status, the field at fault and the route's pattern, never what was sent. */
    private ResponseEntity<ProblemDetail> refused(ProblemDetail problem, jakarta.servlet.http.HttpServletRequest request) {
        Object field = problem.getProperties() == null ? null : problem.getProperties().get("field");
        // the route's pattern, not the path: an unknown dataset's name is the client's text
        Object route = request.getAttribute(org.springframework.web.servlet.HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        String path = route != null ? route.toString() : request.getRequestURI();
        String detail = problem.getStatus() + (field == null ? "" : " " + QUERY_KEY.matcher(field.toString()).replaceFirst("queries.*"))
                + ": " + request.getMethod() + " " + (path.length() > 200 ? path.substring(0, 200) : path);
        audit.record(new org.passage.audit.AuditEvent("screening.refused", "request", null, staff.find().map(p -> p.organizationId()).orElse(null),
                problem.getStatus() == 429 ? org.passage.audit.AuditEvent.Outcome.DENIED : org.passage.audit.AuditEvent.Outcome.FAILED,
                detail.length() > 500 ? detail.substring(0, 500) : detail));
        return problem(problem);
    }

    private static ResponseEntity<ProblemDetail> problem(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
