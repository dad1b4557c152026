package io.importexport.emulator.server;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/** A file the system refused, named with the reason in words: its NoSuchFileException and AccessDeniedException carry none. */
final class FileRefusals {
    private FileRefusals() {
    }

    static String describe(FileSystemException refused) {
        return refused.getFile() + ": " + reason(refused);
    }

    static String reason(FileSystemException refused) {
        return refused.getReason() != null ? refused.getReason()
                : refused instanceof NoSuchFileException ? "cannot be created there"
                : refused instanceof AccessDeniedException ? "permission denied" : refused.getClass().getSimpleName();
    }
}
