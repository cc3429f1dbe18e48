package org.dossier.article.mail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Date;

import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.james.mime4j.dom.field.ParseException;
import org.apache.james.mime4j.message.BodyPartBuilder;
import org.apache.james.mime4j.message.DefaultMessageWriter;
import org.apache.james.mime4j.message.MultipartBuilder;

/** Test messages written with mime4j, as a mail client would write them. */
public final class Messages {
    private Messages() {
    }

    public static Message.Builder message(String subject, String from, Date date) {
        try {
            return Message.Builder.of().setSubject(subject).setFrom(from).setDate(date, java.util.TimeZone.getTimeZone("GMT+01:00"));
        } catch (ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }

    public static BodyPartBuilder text(String subtype, String text) {
        try {
            return BodyPartBuilder.create().setBody(text, subtype, StandardCharsets.UTF_8).setContentTransferEncoding("quoted-printable");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static BodyPartBuilder file(String name, String mimeType, byte[] bytes) {
        try {
            return BodyPartBuilder.create().setBody(bytes, mimeType).setContentTransferEncoding("base64")
                    .setContentDisposition("attachment", name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static BodyPartBuilder attached(Message message) {
        return BodyPartBuilder.create().setBody(message).setContentDisposition("attachment");
    }

    public static Multipart multipart(String subtype, BodyPartBuilder... parts) {
        MultipartBuilder b = MultipartBuilder.create(subtype);
        for (BodyPartBuilder p : parts) {
            b.addBodyPart(p);
        }
        return b.build();
    }

    public static byte[] bytes(Message m) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            new DefaultMessageWriter().writeMessage(m, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
