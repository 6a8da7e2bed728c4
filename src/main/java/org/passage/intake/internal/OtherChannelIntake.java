package org.passage.intake.internal;

import java.util.Map;
import java.util.Optional;
import org.passage.cases.Stage;
import org.passage.intake.PublicIntake;
import org.springframework.stereotype.Service;

/** {@link PublicIntake} over the web intake's own desk, form validation and limits, so every channel behaves alike. */
@Service
class OtherChannelIntake implements PublicIntake {

    private final IntakeDesk desk;
    private final IntakeTriage triage;
    private final IntakeLimits limits;

    OtherChannelIntake(IntakeDesk desk, IntakeTriage triage, IntakeLimits limits) {
        this.desk = desk;
        this.triage = triage;
        this.limits = limits;
    }

    @Override
    public Map<String, String> problems(Application application) {
        return form(application).problems();
    }

    @Override
    public Receipt submit(Application application) {
        var receipt = desk.submit(form(application));
        return new Receipt(receipt.code(), receipt.passphrase());
    }

    @Override
    public Receipt hold(Application application) {
        var receipt = triage.hold(form(application), HeldSubmissions.Reason.OVER_LIMIT);
        return new Receipt(receipt.code(), receipt.passphrase());
    }

    @Override
    public Optional<Stage> status(String code, String passphrase) {
        return desk.status(code, passphrase);
    }

    @Override
    public boolean allowSubmit(String client) {
        return limits.tryAcquire(IntakeLimits.Limit.SUBMIT_PER_CLIENT, IntakeLimits.Limit.SUBMIT_ALL, client);
    }

    @Override
    public boolean allowStatus(String client) {
        return limits.tryAcquire(IntakeLimits.Limit.STATUS_PER_CLIENT, IntakeLimits.Limit.STATUS_ALL, client);
    }

    private static IntakeForm form(Application application) {
        return new IntakeForm(application.name(), application.contact(), application.whereabouts(), application.needs());
    }
}
