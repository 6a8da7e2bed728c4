package org.passage.datasets;

/** A dataset could not be updated; the message names the dataset, the address (or file) and the fault. */
public class DatasetUpdateException extends RuntimeException {

    public DatasetUpdateException(String message) {
        super(message);
    }

    public DatasetUpdateException(String message, Throwable cause) {
        super(message, cause);
    }
}
