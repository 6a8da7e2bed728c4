package org.passage.cases;

/**
 * The old register of cases, kept only because the vetting feature and its tests still use it: a thin adapter over
 * {@link Cases}, removed once vetting uses Cases.
 *
 * @deprecated use {@link Cases}; removed once vetting uses Cases.
 */
@Deprecated(forRemoval = true)
public interface CaseRegister {

    /** {@link Cases#openForApplicant}. */
    Cases.OpenedCase openForApplicant(java.util.UUID organizationId, String name);

    /**
     * The old name of {@link org.passage.cases.NoSuchCase}, still thrown by vetting.
     *
     * @deprecated throw {@link org.passage.cases.NoSuchCase}; removed once vetting uses Cases.
     */
    @Deprecated(forRemoval = true)
    final class NoSuchCase extends org.passage.cases.NoSuchCase {
    }
}
