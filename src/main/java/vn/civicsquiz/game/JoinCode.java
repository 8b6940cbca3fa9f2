package vn.civicsquiz.game;

import io.nayuki.qrcodegen.QrCode;

/**
 * The join address of a game as a QR code, drawn as one SVG path of dark modules so the projector page needs no
 * image request and no inline style. Medium error correction: a phone camera still reads it from the back row.
 */
public final class JoinCode {

    private static final int QUIET_ZONE = 4;

    private JoinCode() {
    }

    /** An {@code <svg>} element of the address, hidden from screen readers: the page names it beside the link. */
    public static String svg(String address) {
        QrCode code = QrCode.encodeText(address, QrCode.Ecc.MEDIUM);
        int size = code.size + 2 * QUIET_ZONE;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < code.size; y++) {
            for (int x = 0; x < code.size; x++) {
                if (code.getModule(x, y)) {
                    path.append('M').append(x + QUIET_ZONE).append(',').append(y + QUIET_ZONE).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"join-qr\" id=\"join-qr\" aria-hidden=\"true\""
                + " focusable=\"false\" viewBox=\"0 0 " + size + " " + size + "\" shape-rendering=\"crispEdges\">"
                + "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>";
    }
}
