package nl.zvh.web.api;

import jakarta.annotation.Priority;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import nl.zvh.domain.model.gedeeld.Invoerregels;
import nl.zvh.regie.aanmelding.AanmeldingFormulier;
import nl.zvh.regie.beheer.Meerregelig;
import nl.zvh.regie.beheer.OngeldigeInvoer;
import nl.zvh.regie.beheer.OngeldigeInvoer.Veldfout;

/**
 * Reads the JSON of an API request strictly, before JSON-B binds it (issue 14, item 6): valid
 * UTF-8, one JSON value and nothing after it, and every member of the kind the field needs (text
 * for text, true/false for a yes/no, a whole number for an id, a known value for a choice,
 * jjjj-mm-dd for a date), and no control characters in text ({@link Invoerregels#tekst}: one line
 * unless the field is {@link Meerregelig}). Every refused member is named by its path, like Bean
 * Validation's ({@code betrokkenen[0].voornamen}); what is required or plausible is for Bean
 * Validation after. JSON-B alone would turn a number into text and accept trailing content.
 */
@Provider
@Consumes(MediaType.APPLICATION_JSON)
@Priority(Priorities.USER - 100)
public class StrikteJsonLezer implements MessageBodyReader<AanmeldingFormulier> {

  /** The largest body the API reads: a complete referral is a few kilobytes. */
  static final int MAX_BYTES = 1_048_576;

  private static final Jsonb JSONB = JsonbBuilder.create();

  @Override
  public boolean isReadable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return type == AanmeldingFormulier.class
        && (mediaType == null || mediaType.isCompatible(MediaType.APPLICATION_JSON_TYPE));
  }

  @Override
  public AanmeldingFormulier readFrom(
      Class<AanmeldingFormulier> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, String> headers,
      InputStream inhoud)
      throws IOException {
    byte[] bytes = inhoud.readNBytes(MAX_BYTES + 1);
    if (bytes.length > MAX_BYTES) {
      throw new WebApplicationException(
          "Het verzoek is groter dan " + MAX_BYTES / 1024 + " kB.", 413);
    }
    String tekst = utf8(bytes);
    if (tekst.isBlank()) {
      return null;
    }
    JsonValue waarde = lees(tekst);
    List<Veldfout> fouten = new ArrayList<>();
    controleer(waarde, genericType, "", false, fouten);
    if (!fouten.isEmpty()) {
      throw new OngeldigeInvoer(fouten);
    }
    return JSONB.fromJson(tekst, AanmeldingFormulier.class);
  }

  private static String utf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new BadRequestException("De inhoud van het verzoek is geen geldige UTF-8-tekst.");
    }
  }

  /** One JSON value and nothing after it; anything else is unreadable JSON. */
  static JsonValue lees(String tekst) {
    try (JsonParser parser = Json.createParser(new StringReader(tekst))) {
      parser.next();
      JsonValue waarde = parser.getValue();
      boolean meer;
      try {
        meer = parser.hasNext();
      } catch (JsonException e) {
        meer = true;
      }
      if (meer) {
        throw new BadRequestException(
            "Na de JSON volgt nog inhoud; stuur precies één JSON-object, zonder iets erna.");
      }
      return waarde;
    } catch (NoSuchElementException | IllegalStateException e) {
      throw new JsonException("Geen JSON", e);
    }
  }

  static void controleer(
      JsonValue waarde, Type type, String pad, boolean meerregelig, List<Veldfout> fouten) {
    if (waarde == null || waarde.getValueType() == JsonValue.ValueType.NULL) {
      return; // whether a member is required is for Bean Validation
    }
    Class<?> klasse = ruw(type);
    String veld = pad.isEmpty() ? "(inhoud)" : pad;
    if (klasse == String.class) {
      if (waarde instanceof JsonString s) {
        Invoerregels.tekst(s.getString(), meerregelig)
            .ifPresent(m -> fouten.add(new Veldfout(veld, m)));
      } else {
        fouten.add(new Veldfout(veld, "Verwacht tekst (tussen aanhalingstekens)."));
      }
    } else if (klasse == Boolean.class || klasse == boolean.class) {
      if (waarde.getValueType() != JsonValue.ValueType.TRUE
          && waarde.getValueType() != JsonValue.ValueType.FALSE) {
        fouten.add(new Veldfout(veld, "Verwacht true of false."));
      }
    } else if (klasse == Long.class
        || klasse == long.class
        || klasse == Integer.class
        || klasse == int.class) {
      if (!(waarde instanceof JsonNumber n) || !n.isIntegral()) {
        fouten.add(new Veldfout(veld, "Verwacht een geheel getal."));
      }
    } else if (klasse.isEnum()) {
      String keuzes =
          Arrays.stream(klasse.getEnumConstants())
              .map(c -> ((Enum<?>) c).name())
              .collect(Collectors.joining(", "));
      if (!(waarde instanceof JsonString s)
          || Arrays.stream(klasse.getEnumConstants())
              .noneMatch(c -> ((Enum<?>) c).name().equals(s.getString()))) {
        fouten.add(new Veldfout(veld, "Onbekende waarde; kies uit: " + keuzes + "."));
      }
    } else if (klasse == LocalDate.class) {
      if (!(waarde instanceof JsonString s) || !isDatum(s.getString())) {
        fouten.add(new Veldfout(veld, "Verwacht een bestaande datum als jjjj-mm-dd."));
      }
    } else if (Collection.class.isAssignableFrom(klasse)) {
      if (waarde instanceof JsonArray lijst) {
        Type element = elementtype(type);
        for (int i = 0; i < lijst.size(); i++) {
          controleer(lijst.get(i), element, pad + "[" + i + "]", meerregelig, fouten);
        }
      } else {
        fouten.add(new Veldfout(veld, "Verwacht een lijst ([...])."));
      }
    } else if (klasse.getName().startsWith("nl.zvh.")) {
      if (waarde instanceof JsonObject object) {
        for (Map.Entry<String, JsonValue> lid : object.entrySet()) {
          Field f = veldVan(klasse, lid.getKey());
          if (f != null) {
            controleer(
                lid.getValue(),
                f.getGenericType(),
                pad.isEmpty() ? lid.getKey() : pad + "." + lid.getKey(),
                f.isAnnotationPresent(Meerregelig.class),
                fouten);
          }
        }
      } else {
        fouten.add(new Veldfout(veld, "Verwacht een object ({...})."));
      }
    }
  }

  private static boolean isDatum(String tekst) {
    try {
      LocalDate.parse(tekst);
      return tekst.length() == 10;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  /** The field JSON-B binds a member to; null for an unknown or ignored member. */
  private static Field veldVan(Class<?> klasse, String naam) {
    for (Class<?> k = klasse; k != null && k != Object.class; k = k.getSuperclass()) {
      try {
        Field f = k.getDeclaredField(naam);
        return Modifier.isStatic(f.getModifiers()) || f.isAnnotationPresent(JsonbTransient.class)
            ? null
            : f;
      } catch (NoSuchFieldException e) {
        // look in the superclass
      }
    }
    return null;
  }

  private static Class<?> ruw(Type type) {
    if (type instanceof Class<?> k) {
      return k;
    }
    if (type instanceof ParameterizedType p) {
      return ruw(p.getRawType());
    }
    return Object.class;
  }

  private static Type elementtype(Type type) {
    return type instanceof ParameterizedType p && p.getActualTypeArguments().length == 1
        ? p.getActualTypeArguments()[0]
        : Object.class;
  }
}
