package io.importexport.emulator.config;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/** A file the system refused (for an option naming a path), named with the reason in words: its NoSuchFileException and AccessDeniedException carry none. */
public final class FileRefusals {
    private FileRefusals() {
    }

    public static String describe(FileSystemException refused) {
        return refused.getFile() + ": " + reason(refused);
    }

    public static String reason(FileSystemException refused) {
        return refused.getReason() != null ? refused.getReason()
                : refused instanceof NoSuchFileException ? "cannot be created there"
                : refused instanceof AccessDeniedException ? "permission denied" : refused.getClass().getSimpleName();
    }
}
