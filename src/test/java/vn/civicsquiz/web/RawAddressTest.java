package vn.civicsquiz.web;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Vietnamese typed into a URL without percent-encoding (curl sends the UTF-8 bytes as they are) would be read one
 * byte per character, so a search for "ôn thi" would look for "Ã´n thi" and find nothing. It is refused with a
 * 400 that says how to send it, as problem+json in the API and as a page elsewhere.
 */
@QuarkusTest
class RawAddressTest {

    @TestHTTPResource("/")
    URL root;

    @Test
    void anApiQueryWithRawVietnameseIsRefusedWithHowToSendIt() throws Exception {
        String reply = rawGet("/api/v1/questions?tag=ôn%20thi", "Authorization: Basic "
                + java.util.Base64.getEncoder().encodeToString("teacher:teacher-test-password".getBytes(StandardCharsets.UTF_8)));
        assertThat(reply).startsWith("HTTP/1.1 400").contains("application/problem+json").contains("mã hóa phần trăm")
                .contains("%C3%B4n%20thi");
    }

    @Test
    void aPageAddressWithRawVietnameseIsAReadablePage() throws Exception {
        assertThat(rawGet("/?chu=ô", null)).startsWith("HTTP/1.1 400").contains("text/html")
                .contains("Địa chỉ không hợp lệ");
    }

    @Test
    void percentEncodedVietnameseIsServed() throws Exception {
        assertThat(rawGet("/?chu=%C3%B4", null)).startsWith("HTTP/1.1 200");
    }

    private String rawGet(String target, String header) throws Exception {
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: " + root.getHost() + ":" + root.getPort()
                    + "\r\nAccept: text/html\r\n" + (header == null ? "" : header + "\r\n")
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream reply = new ByteArrayOutputStream();
            in.transferTo(reply);
            return reply.toString(StandardCharsets.UTF_8);
        }
    }
}
