package org.passage.security.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.passage.audit.AuditEvent;
import org.passage.audit.AuditTrail;
import org.passage.crypto.Sealing;
import org.passage.organizations.StaffMember;
import org.passage.security.CurrentStaff;
import org.passage.security.SignOffIndependence;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Records each complete login's browser and address, and compares a second signer's request with the first signer's:
 * a browser the first signer logged in with refuses the sign-off; the same network address within
 * {@link #SAME_ADDRESS_WINDOW}, or a browser both accounts ever logged in with, flags it.
 */
@Service
class SignOffChecks implements SignOffIndependence {

    static final Duration SAME_ADDRESS_WINDOW = Duration.ofHours(24);

    private final DeviceMarks marks;
    private final StaffDevices devices;
    private final SignOffFlags flags;
    private final Sealing sealing;
    private final CurrentStaff current;
    private final AuditTrail audit;
    private final Clock clock;

    SignOffChecks(DeviceMarks marks, StaffDevices devices, SignOffFlags flags, Sealing sealing, CurrentStaff current, AuditTrail audit,
                  Clock clock) {
        this.marks = marks;
        this.devices = devices;
        this.flags = flags;
        this.sealing = sealing;
        this.current = current;
        this.audit = audit;
        this.clock = clock;
    }

    /** At a complete login: the browser gets its device mark if it has none, and the account remembers it and the address. */
    void loggedIn(UUID staffId, HttpServletRequest request, HttpServletResponse response) {
        devices.deviceUsed(staffId, marks.ensure(request, response), clock.instant());
        devices.addressUsed(staffId, address(request), clock.instant());
    }

    @Override
    public void firstSignOff() {
        request().ifPresent(r -> devices.addressUsed(current.staffId(), address(r), clock.instant()));
    }

    @Override
    public Verdict secondSignOff(UUID firstSigner) {
        var request = request();
        var device = request.flatMap(marks::of);
        if (device.isEmpty()) {
            return new Verdict(false, true, Set.of());
        }
        UUID me = current.staffId();
        Set<Flag> raised = EnumSet.noneOf(Flag.class);
        if (devices.usedAddressSince(firstSigner, address(request.get()), clock.instant().minus(SAME_ADDRESS_WINDOW))) {
            raised.add(Flag.SAME_ADDRESS);
        }
        if (devices.shareADevice(firstSigner, me)) {
            raised.add(Flag.SHARED_DEVICE);
        }
        return new Verdict(devices.usedDevice(firstSigner, device.get()), false, raised);
    }

    @Override
    public void flag(UUID organizationId, String recordType, UUID recordId, UUID firstSigner, UUID secondSigner, Set<Flag> raised) {
        if (raised.isEmpty()) {
            return;
        }
        flags.add(organizationId, recordType, recordId, firstSigner, secondSigner, raised, clock.instant());
        audit.record(new AuditEvent("sign_off.flagged", recordType, recordId.toString(), organizationId, AuditEvent.Outcome.SUCCESS,
                "second sign-off by staff " + secondSigner + " after staff " + firstSigner + ": " + raised));
    }

    private byte[] address(HttpServletRequest request) {
        return sealing.blindIndex(StaffMember.INSTALLATION_SCOPE, "staff_address", ClientAddress.of(request.getRemoteAddr()));
    }

    private static Optional<HttpServletRequest> request() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? Optional.of(attributes.getRequest()) : Optional.empty();
    }
}
