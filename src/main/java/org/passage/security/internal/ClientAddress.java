package org.passage.security.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/**
 * The key that login limits count an address by. An IPv6 client usually holds a whole /64, so it counts by that
 * prefix; otherwise one machine could take a fresh address for every attempt.
 */
final class ClientAddress {

    private ClientAddress() {
    }

    static String of(@Nullable String remoteAddress) {
        if (remoteAddress == null || remoteAddress.isBlank()) {
            return "unknown";
        }
        if (remoteAddress.indexOf(':') < 0) {
            return remoteAddress;
        }
        try {
            // a literal (it has a colon), so no name is looked up
            byte[] bytes = InetAddress.ofLiteral(remoteAddress.replaceFirst("^\\[(.*)]$", "$1").replaceFirst("%.*$", ""))
                    .getAddress();
            return bytes.length == 16 ? HexFormat.of().formatHex(bytes, 0, 8) + "::/64" : InetAddress.getByAddress(bytes).getHostAddress();
        } catch (IllegalArgumentException | UnknownHostException e) {
            return "malformed";
        }
    }
}
