package org.passage.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.passage.crypto.SealedColumn;
import org.passage.crypto.KeyRotation;
import org.passage.crypto.RotationProgress;
import org.passage.organizations.Role;
import org.passage.organizations.StaffDirectory;
import org.passage.organizations.StaffMember;
import org.passage.support.PassageIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Staff display names and TOTP keys are declared sealed columns, so a data key rotation re-encrypts them —
 * the organization's and the installation's (system admins) alike — and login still works afterwards.
 */
@PassageIntegrationTest
@Import(LoginFixtures.class)
class StaffKeyRotationIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    LoginFixtures fixtures;
    @Autowired
    KeyRotation rotation;
    @Autowired
    StaffDirectory staff;

    @Test
    void rotatingDataKeysKeepsStaffNamesAndSecondFactorsWorking() throws Exception {
        assertThat(rotation.columns()).extracting(SealedColumn::table, SealedColumn::column)
                .contains(org.assertj.core.groups.Tuple.tuple("staff", "display_name"),
                        org.assertj.core.groups.Tuple.tuple("staff_credentials", "totp_secret"));
        org.passage.crypto.internal.RotationSettle.none(rotation);
        UUID org = fixtures.organization("Rotation");
        var worker = fixtures.account(org, Role.CASEWORKER);
        var sysadmin = fixtures.account(null, Role.SYSTEM_ADMIN);

        for (UUID scope : new UUID[]{org, StaffMember.INSTALLATION_SCOPE}) {
            var rotated = rotation.rotateDataKey(scope, true, 100, silent());
            assertThat(rotated.remaining()).isZero();
            assertThat(rotated.unreadable()).isZero();
            assertThat(rotated.reencrypted()).isGreaterThanOrEqualTo(2); // a display name and a TOTP key at least
            rotation.retireOldDataKeys(scope, silent());
        }

        assertThat(staff.find(worker.id()).orElseThrow().displayName()).isEqualTo("Display Name");
        assertThat(staff.find(sysadmin.id()).orElseThrow().displayName()).isEqualTo("Display Name");
        fixtures.login(mvc, worker);
        fixtures.login(mvc, sysadmin);
    }

    private static RotationProgress silent() {
        return new RotationProgress() {
            @Override
            public void note(String message) {
            }

            @Override
            public void reencrypted(SealedColumn column, UUID organization, long done, long total, double rate) {
            }
        };
    }
}
