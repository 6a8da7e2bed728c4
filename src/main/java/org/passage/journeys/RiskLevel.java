package org.passage.journeys;

/** How likely a danger is for a war resister of ours in a country, as the organization assessed it. */
public enum RiskLevel {
    LOW, ELEVATED, HIGH, SEVERE;

    public String messageKey() {
        return "risk.level." + name();
    }
}
