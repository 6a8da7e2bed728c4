package org.passage.referrals.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.passage.days.TypedDay;

/**
 * A referral as typed: the partner, which fields to share and their values, and the person's consent (who
 * gave it, on which day, how, for which fields). {@link #problems()} names each field at fault by a message
 * key; without a complete consent covering every shared field there is no referral.
 */
public record ReferralForm(String partnerId, List<String> share, Map<String, String> values, String consentBy, String consentOn,
                    String consentMethod, List<String> consented) {

    static final int MAX_CONSENT_BY = 200;

    public ReferralForm {
        partnerId = clean(partnerId);
        share = share == null ? List.of() : List.copyOf(share);
        values = values == null ? Map.of() : Map.copyOf(values);
        consentBy = clean(consentBy);
        consentOn = clean(consentOn);
        consentMethod = clean(consentMethod);
        consented = consented == null ? List.of() : List.copyOf(consented);
    }

    static ReferralForm empty() {
        return new ReferralForm("", List.of(), Map.of(), "", "", "", List.of());
    }

    /** The consent as recorded; valid only when {@link #problems()} is empty. */
    record Consent(String by, LocalDate on, ConsentMethod method, Set<SummaryField> fields) {
        @Override
        public String toString() {
            return "Consent[" + on + ", " + method + ", " + fields + ", by REDACTED]";
        }
    }

    Map<String, String> problems(LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (partnerId.isEmpty()) {
            problems.put("partnerId", "referrals.error.partner");
        }
        Set<SummaryField> shared = fields(share, problems, "share");
        if (shared.isEmpty()) {
            problems.putIfAbsent("share", "referrals.error.share");
        }
        for (SummaryField f : shared) {
            String v = value(f);
            if (v.isEmpty()) {
                problems.put(f.param(), "referrals.error.value");
            } else if (v.length() > f.maxLength) {
                problems.put(f.param(), "referrals.error.long");
            } else if (v.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n')) {
                problems.put(f.param(), "referrals.error.control");
            }
        }
        Set<SummaryField> covered = fields(consented, problems, "consented");
        if (consentBy.isEmpty() || consentBy.length() > MAX_CONSENT_BY || consentBy.chars().anyMatch(Character::isISOControl)) {
            problems.put("consentBy", "referrals.error.consentBy");
        }
        LocalDate on = date(today);
        if (on == null) {
            problems.put("consentOn", "referrals.error.consentOn");
        }
        if (method() == null) {
            problems.put("consentMethod", "referrals.error.consentMethod");
        }
        if (!covered.containsAll(shared)) {
            problems.put("consented", "referrals.error.consentFields");
        }
        return problems;
    }

    Summary summary() {
        Map<SummaryField, String> chosen = new EnumMap<>(SummaryField.class);
        fields(share, new LinkedHashMap<>(), "share").forEach(f -> chosen.put(f, value(f)));
        return new Summary(chosen);
    }

    Consent consent(LocalDate today) {
        return new Consent(consentBy, date(today), method(), fields(consented, new LinkedHashMap<>(), "consented"));
    }

    public String value(SummaryField field) {
        String v = values.get(field.param());
        return v == null ? "" : v.strip().replace("\r\n", "\n");
    }

    public boolean shares(String field) {
        return share.stream().anyMatch(field::equalsIgnoreCase);
    }

    public boolean consents(String field) {
        return consented.stream().anyMatch(field::equalsIgnoreCase);
    }

    private static Set<SummaryField> fields(List<String> names, Map<String, String> problems, String key) {
        Set<SummaryField> fields = EnumSet.noneOf(SummaryField.class);
        for (String name : names) {
            SummaryField.parse(name).ifPresentOrElse(fields::add, () -> problems.put(key, "referrals.error.field"));
        }
        return fields;
    }

    private @Nullable LocalDate date(LocalDate today) {
        try {
            LocalDate on = TypedDay.parse(consentOn);
            return on.isAfter(today) || on.isBefore(today.minusYears(1)) ? null : on;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private @Nullable ConsentMethod method() {
        try {
            return ConsentMethod.valueOf(consentMethod);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String clean(@Nullable String value) {
        return value == null ? "" : value.strip();
    }

    @Override
    public String toString() {
        return "ReferralForm[" + partnerId + ", " + share + ", REDACTED]";
    }
}
