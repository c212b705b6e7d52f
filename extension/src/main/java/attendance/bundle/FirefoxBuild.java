package attendance.bundle;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.json.JSONArray;
import org.json.JSONObject;

/**
 * The Firefox build of the same extension, made at package time from the built Chrome one: the files as they are,
 * and a manifest of Firefox's own (background scripts as a module instead of a service worker, a gecko id, the
 * data-collection statement AMO wants, no Chrome-only keys). Writes the unpacked build and a zip of it. Never part of
 * {@code core.js}: it runs in the build only.
 */
public final class FirefoxBuild {
    /** The extension's id in Firefox; without one every storage call fails. */
    public static final String GECKO_ID = "personio-attendance-recorder@tools.example.org";
    /** {@code data_collection_permissions} needs Firefox 140 or later. */
    static final String MIN_VERSION = "140.0";
    /** Zip entries get one fixed time, so that a rebuild of the same sources gives the same bytes. */
    private static final FileTime FIXED = FileTime.fromMillis(315532800000L);

    private FirefoxBuild() {
    }

    /**
     * Arguments: the built Chrome extension, the unpacked Firefox build to write, its zip to write, and the Chrome Web
     * Store's zip to write (the Chrome build without its {@code key}, which the store refuses).
     */
    public static void main(String[] args) throws IOException {
        Path chrome = Path.of(args[0]);
        Path firefox = Path.of(args[1]);
        Path zip = Path.of(args[2]);
        copy(chrome, firefox);
        JSONObject manifest = new JSONObject(Files.readString(chrome.resolve("manifest.json")));
        Files.writeString(firefox.resolve("manifest.json"), manifest(manifest).toString(2) + "\n",
                StandardCharsets.UTF_8);
        zip(firefox, zip);
        if (args.length > 3) {
            Path store = Files.createTempDirectory("chrome-store");
            copy(chrome, store);
            Files.writeString(store.resolve("manifest.json"), forTheStore(manifest).toString(2) + "\n",
                    StandardCharsets.UTF_8);
            zip(store, Path.of(args[3]));
        }
    }

    /** The Chrome manifest as the Web Store takes it: without the {@code key} that pins the unpacked build's id. */
    static JSONObject forTheStore(JSONObject chrome) {
        JSONObject store = new JSONObject(chrome.toString());
        store.remove("key");
        return store;
    }

    /** Firefox's manifest from Chrome's. */
    static JSONObject manifest(JSONObject chrome) {
        JSONObject firefox = new JSONObject(chrome.toString());
        // The Chrome Web Store's key, Chrome's version floor and its policy schema mean nothing to Firefox, which
        // reads company policy from policies.json.
        firefox.remove("key");
        firefox.remove("minimum_chrome_version");
        firefox.remove("storage");
        JSONObject background = chrome.getJSONObject("background");
        firefox.put("background", new JSONObject()
                .put("scripts", new JSONArray().put(background.getString("service_worker")))
                .put("type", background.optString("type", "module")));
        firefox.put("browser_specific_settings", new JSONObject().put("gecko", new JSONObject()
                .put("id", GECKO_ID)
                .put("strict_min_version", MIN_VERSION)
                .put("data_collection_permissions", new JSONObject().put("required", new JSONArray().put("none")))));
        return firefox;
    }

    private static void copy(Path from, Path to) throws IOException {
        if (Files.exists(to)) {
            try (Stream<Path> old = Files.walk(to)) {
                for (Path p : old.sorted((a, b) -> b.compareTo(a)).toList()) {
                    Files.delete(p);
                }
            }
        }
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void zip(Path dir, Path zip) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> all = Files.walk(dir)) {
            all.filter(Files::isRegularFile).sorted().forEach(files::add);
        }
        Files.createDirectories(zip.getParent());
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            for (Path f : files) {
                ZipEntry entry = new ZipEntry(dir.relativize(f).toString().replace('\\', '/'));
                entry.setLastModifiedTime(FIXED);
                z.putNextEntry(entry);
                z.write(Files.readAllBytes(f));
                z.closeEntry();
            }
        }
    }
}
