package org.passage.units.internal;

/**
 * A structural fault in a source file (broken CSV or JSON, a missing column): the import stops and names the
 * file, the line (or JSON record) and the field, and nothing stored changes.
 */
class ImportProblem extends RuntimeException {

    ImportProblem(String file, long line, String field, String what) {
        super(file + " line " + line + (field.isEmpty() ? "" : ", field " + field) + ": " + what);
    }
}
