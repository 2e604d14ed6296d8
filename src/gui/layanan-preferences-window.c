/* layanan-preferences-window.c: being written */
