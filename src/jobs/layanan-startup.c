/* layanan-startup.c: being written */
