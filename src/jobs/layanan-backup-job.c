/* layanan-backup-job.c: being written */
