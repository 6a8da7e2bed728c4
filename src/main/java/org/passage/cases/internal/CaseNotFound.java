package org.passage.cases.internal;

/** No such case for this reader: either it does not exist or he may not know that it does. */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
final class CaseNotFound extends RuntimeException {

    CaseNotFound() {
        super("no such case");
    }
}
