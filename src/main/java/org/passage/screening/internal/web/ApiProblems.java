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
 */
@RestControllerAdvice(assignableTypes = {MatchApi.class, SearchApi.class, CatalogApi.class})
class ApiProblems {

    @ExceptionHandler(InvalidMatchRequest.class)
    ResponseEntity<ProblemDetail> invalid(InvalidMatchRequest e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(e.status()), e.field() + ": " + e.getMessage());
        problem.setTitle("Invalid field: " + e.field());
        problem.setProperty("field", e.field());
        return problem(problem);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> mismatch(MethodArgumentTypeMismatchException e) {
        return invalid(InvalidMatchRequest.unprocessable(e.getName(), "not a valid value"));
    }

    @ExceptionHandler(org.springframework.validation.BindException.class)
    ResponseEntity<ProblemDetail> unbound(org.springframework.validation.BindException e) {
        var error = e.getFieldError();
        return invalid(InvalidMatchRequest.unprocessable(error == null ? "query" : error.getField(), "not a valid value"));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missing(MissingServletRequestParameterException e) {
        return invalid(InvalidMatchRequest.unprocessable(e.getParameterName(), "required"));
    }

    @ExceptionHandler(MatchApi.UnknownDataset.class)
    ResponseEntity<ProblemDetail> unknownDataset() {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No such dataset. Use \"default\" for all lists, a list name or a source dataset (see /api/catalog).");
        problem.setTitle("Unknown dataset");
        problem.setProperty("field", "dataset");
        return problem(problem);
    }

    @ExceptionHandler(CatalogApi.UnknownEntity.class)
    ResponseEntity<ProblemDetail> unknownEntity() {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No such entity!");
        problem.setTitle("Unknown entity");
        problem.setProperty("field", "entity_id");
        return problem(problem);
    }

    @ExceptionHandler(LiveIndex.IndexNotReady.class)
    ResponseEntity<ProblemDetail> notReady() {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, "Index not ready: the screening index is still being built; try again shortly");
        problem.setTitle("Index not ready");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "5")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static ResponseEntity<ProblemDetail> problem(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
