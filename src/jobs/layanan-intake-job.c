/* layanan-intake-job.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "layanan-intake-job"

#include "config.h"

#include "layanan-intake-job.h"

#include <glib/gi18n.h>

#include "layanan-error.h"
#include "layanan-job-util.h"
#include "layanan-ocr.h"

/* A page is rendered for OCR at LAYANAN_OCR_DPI, but never with a side
 * longer than this: a photo whose file claims 72 dpi would otherwise become
 * a poster of a hundred million pixels. */
#define MAX_OCR_SIDE 7000

/* Progress is counted in pages, of all files together; a page with a text
 * layer or one OCR skips is done at once. Reports travel to the caller's
 * main context in order, under the lock, so the fraction never goes back. */
typedef struct
{
  LayananProgressFunc  func;
  gpointer             data;
  GMainContext        *context;
  GMutex               lock;
  guint                done;
  guint                total;
} Progress;

/* One file while it is read. */
typedef struct
{
  LayananScan *scan;
  GPtrArray   *page_texts;   /* char *; NULL while the page waits for OCR */
  GArray      *page_ocred;   /* gboolean */
  guint        n_scanned;    /* pages without a text layer */
  guint        n_to_ocr;     /* of those, the ones OCR reads */
} Intake;

typedef struct
{
  Intake *intake;
  guint   page;
} OcrPage;

typedef struct
{
  GCancellable *stop;        /* cancelled by the caller or by the first error */
  Progress     *progress;
  GMutex        lock;
  GError       *error;       /* the first error */
} OcrRun;

static void
intake_free (Intake *intake)
{
  g_clear_object (&intake->scan);
  g_clear_pointer (&intake->page_texts, g_ptr_array_unref);
  g_clear_pointer (&intake->page_ocred, g_array_unref);
  g_free (intake);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Intake, intake_free)

LayananLetterFile *
layanan_intake_document_to_letter_file (const LayananIntakeDocument *document)
{
  LayananLetterFile *file = g_new0 (LayananLetterFile, 1);

  file->sha256 = g_strdup (document->sha256);
  file->file_name = g_strdup (document->file_name);
  file->mime_type = g_strdup (document->mime_type);
  file->contents = g_bytes_ref (document->contents);
  file->n_pages = document->n_pages;
  return file;
}

void
layanan_intake_document_free (LayananIntakeDocument *document)
{
  if (document == NULL)
    return;

  g_free (document->path);
  g_free (document->file_name);
  g_free (document->mime_type);
  g_clear_pointer (&document->contents, g_bytes_unref);
  g_free (document->sha256);
  g_clear_pointer (&document->page_texts, g_ptr_array_unref);
  g_clear_pointer (&document->page_ocred, g_array_unref);
  g_free (document->text);
  g_clear_pointer (&document->notices, g_ptr_array_unref);
  g_clear_object (&document->scan);
  g_free (document);
}

/* Progress */

static void
progress_advance (Progress *progress,
                  guint     pages)
{
  if (progress == NULL || progress->func == NULL)
    return;

  /* Under the lock, so that the reports keep their order. */
  g_mutex_lock (&progress->lock);
  progress->done += pages;
  layanan_job_report_progress (progress->context, progress->func, progress->data,
                               progress->total > 0 ? (double) progress->done / progress->total
                               : 1.0);
  g_mutex_unlock (&progress->lock);
}

/* Reading the files and their text layers */

static Intake *
intake_open (const char    *path,
             guint          max_ocr_pages,
             GError       **error)
{
  g_autoptr(Intake) intake = g_new0 (Intake, 1);
  guint n_pages;

  intake->scan = layanan_scan_new_from_file (path, error);
  if (intake->scan == NULL)
    return NULL;

  n_pages = layanan_scan_get_n_pages (intake->scan);
  intake->page_texts = g_ptr_array_new_full (n_pages, g_free);
  intake->page_ocred = g_array_sized_new (FALSE, TRUE, sizeof (gboolean), n_pages);
  g_array_set_size (intake->page_ocred, n_pages);

  for (guint page = 0; page < n_pages; page++)
    {
      char *text = layanan_scan_get_page_text (intake->scan, page);

      if (text == NULL)
        {
          intake->n_scanned++;
          if (max_ocr_pages == 0 || intake->n_to_ocr < max_ocr_pages)
            {
              intake->n_to_ocr++;
              g_array_index (intake->page_ocred, gboolean, page) = TRUE;
            }
          else
            {
              text = g_strdup ("");
            }
        }
      g_ptr_array_add (intake->page_texts, text);
    }

  return g_steal_pointer (&intake);
}

static GPtrArray *
open_all (const char * const  *paths,
          guint                max_ocr_pages,
          GCancellable        *cancellable,
          GError             **error)
{
  g_autoptr(GPtrArray) intakes = g_ptr_array_new_with_free_func ((GDestroyNotify) intake_free);

  for (guint i = 0; paths[i] != NULL; i++)
    {
      Intake *intake;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return NULL;

      intake = intake_open (paths[i], max_ocr_pages, error);
      if (intake == NULL)
        return NULL;
      g_ptr_array_add (intakes, intake);
    }

  return g_steal_pointer (&intakes);
}

/* OCR, one page per worker */

static cairo_surface_t *
render_for_ocr (LayananScan  *scan,
                guint         page,
                GError      **error)
{
  double width_pt, height_pt;
  double scale = LAYANAN_OCR_DPI / 72.0;

  layanan_scan_get_page_size (scan, page, &width_pt, &height_pt);
  scale = MIN (scale, MAX_OCR_SIDE / MAX (width_pt, height_pt));

  return layanan_scan_render_page (scan, page, scale, 0, error);
}

static void
ocr_run_fail (OcrRun *run,
              GError *error)
{
  g_mutex_lock (&run->lock);
  if (run->error == NULL)
    run->error = g_steal_pointer (&error);
  g_mutex_unlock (&run->lock);

  g_clear_error (&error);
  g_cancellable_cancel (run->stop);
}

static void
ocr_page_cb (gpointer data,
             gpointer user_data)
{
  OcrPage *ocr_page = data;
  OcrRun *run = user_data;
  LayananScan *scan = ocr_page->intake->scan;
  cairo_surface_t *surface;
  GError *error = NULL;
  char *text = NULL;

  if (g_cancellable_is_cancelled (run->stop))
    return;

  surface = render_for_ocr (scan, ocr_page->page, &error);
  if (surface != NULL)
    {
      text = layanan_ocr_recognize (surface, LAYANAN_OCR_LANGUAGES, run->stop, &error);
      cairo_surface_destroy (surface);
      if (text == NULL)
        g_prefix_error (&error,
                        /* Translators: before the reason, e.g. "Page 2 of “surat.pdf”: …" */
                        _("Page %u of “%s”: "), ocr_page->page + 1,
                        layanan_scan_get_file_name (scan));
    }

  if (text == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_clear_error (&error);
      else
        ocr_run_fail (run, error);
      return;
    }

  /* Each worker writes its own slot; the pool's end orders it before the
   * reader. */
  g_ptr_array_index (ocr_page->intake->page_texts, ocr_page->page) = g_strchomp (text);
  progress_advance (run->progress, 1);
}

static void
cancelled_cb (GCancellable *cancellable,
              GCancellable *stop)
{
  g_cancellable_cancel (stop);
}

static GArray *
pages_to_ocr (GPtrArray *intakes)
{
  GArray *pages = g_array_new (FALSE, FALSE, sizeof (OcrPage));

  for (guint i = 0; i < intakes->len; i++)
    {
      Intake *intake = g_ptr_array_index (intakes, i);

      for (guint page = 0; page < intake->page_texts->len; page++)
        if (g_ptr_array_index (intake->page_texts, page) == NULL)
          {
            OcrPage ocr_page = { intake, page };

            g_array_append_val (pages, ocr_page);
          }
    }

  return pages;
}

static gboolean
ocr_pages (GArray        *pages,
           Progress      *progress,
           GCancellable  *cancellable,
           GError       **error)
{
  g_autoptr(GCancellable) stop = g_cancellable_new ();
  OcrRun run = { .stop = stop, .progress = progress };
  GThreadPool *pool;
  gulong handler = 0;
  guint n_workers = MIN ((guint) g_get_num_processors (), pages->len);

  if (cancellable != NULL)
    handler = g_cancellable_connect (cancellable, G_CALLBACK (cancelled_cb), stop, NULL);

  /* Exclusive threads end with the pool, and with them each thread's
   * Tesseract and its models. */
  g_mutex_init (&run.lock);
  pool = g_thread_pool_new (ocr_page_cb, &run, n_workers, TRUE, &run.error);
  if (pool != NULL)
    {
      for (guint i = 0; i < pages->len; i++)
        g_thread_pool_push (pool, &g_array_index (pages, OcrPage, i), NULL);
      g_thread_pool_free (pool, FALSE, TRUE);
    }
  g_mutex_clear (&run.lock);

  if (cancellable != NULL)
    g_cancellable_disconnect (cancellable, handler);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    {
      g_clear_error (&run.error);
      return FALSE;
    }
  if (run.error != NULL)
    {
      g_propagate_error (error, run.error);
      return FALSE;
    }

  return TRUE;
}

/* The result */

static GPtrArray *
intake_notices (Intake *intake)
{
  GPtrArray *notices = g_ptr_array_new_with_free_func (g_free);

  if (intake->n_to_ocr < intake->n_scanned)
    g_ptr_array_add (notices,
                     g_strdup_printf (ngettext ("Only the first %u of the %u scanned page "
                                                "was read, to save time",
                                                "Only the first %u of the %u scanned pages "
                                                "were read, to save time",
                                                intake->n_scanned),
                                      intake->n_to_ocr, intake->n_scanned));

  for (guint page = 0; page < intake->page_texts->len; page++)
    {
      const char *text = g_ptr_array_index (intake->page_texts, page);

      if (g_array_index (intake->page_ocred, gboolean, page) && text[0] == '\0')
        g_ptr_array_add (notices,
                         g_strdup_printf (_("No text was recognized on page %u"), page + 1));
    }

  return notices;
}

static char *
join_pages (GPtrArray *page_texts)
{
  GString *text = g_string_new (NULL);

  for (guint page = 0; page < page_texts->len; page++)
    {
      if (page > 0)
        g_string_append (text, LAYANAN_INTAKE_PAGE_SEPARATOR);
      g_string_append (text, g_ptr_array_index (page_texts, page));
    }

  return g_string_free (text, FALSE);
}

static LayananIntakeDocument *
intake_finish (Intake *intake)
{
  LayananIntakeDocument *document = g_new0 (LayananIntakeDocument, 1);
  LayananScan *scan = intake->scan;

  document->path = g_strdup (layanan_scan_get_path (scan));
  document->file_name = g_strdup (layanan_scan_get_file_name (scan));
  document->mime_type = g_strdup (layanan_scan_get_mime_type (scan));
  document->contents = g_bytes_ref (layanan_scan_get_contents (scan));
  document->sha256 = g_strdup (layanan_scan_get_sha256 (scan));
  document->n_pages = layanan_scan_get_n_pages (scan);
  document->notices = intake_notices (intake);

  document->text = join_pages (intake->page_texts);

  document->page_texts = g_steal_pointer (&intake->page_texts);
  document->page_ocred = g_steal_pointer (&intake->page_ocred);
  document->scan = g_steal_pointer (&intake->scan);

  return document;
}

static guint
count_pages (GPtrArray *intakes)
{
  guint total = 0;

  for (guint i = 0; i < intakes->len; i++)
    total += layanan_scan_get_n_pages (((Intake *) g_ptr_array_index (intakes, i))->scan);

  return total;
}

/* The job, shared by the synchronous and the asynchronous call. All files
 * are read and checked before any OCR starts; the language check comes
 * before OCR and only when some page needs it. */
static GPtrArray *
intake_run (const char * const  *paths,
            guint                max_ocr_pages,
            Progress            *progress,
            GCancellable        *cancellable,
            GError             **error)
{
  g_autoptr(GPtrArray) intakes = NULL;
  g_autoptr(GArray) pages = NULL;
  GPtrArray *documents;

  intakes = open_all (paths, max_ocr_pages, cancellable, error);
  if (intakes == NULL)
    return NULL;

  pages = pages_to_ocr (intakes);
  if (pages->len > 0 && !layanan_ocr_check_languages (LAYANAN_OCR_LANGUAGES, error))
    return NULL;

  if (progress != NULL)
    {
      progress->total = count_pages (intakes);
      progress_advance (progress, progress->total - pages->len);
    }

  if (pages->len > 0 && !ocr_pages (pages, progress, cancellable, error))
    return NULL;

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  documents = g_ptr_array_new_full (intakes->len, (GDestroyNotify) layanan_intake_document_free);
  for (guint i = 0; i < intakes->len; i++)
    g_ptr_array_add (documents, intake_finish (g_ptr_array_index (intakes, i)));

  return documents;
}

/**
 * layanan_intake_job_run_sync:
 * @paths: %NULL-terminated PDF, PNG, JPEG or TIFF files
 * @max_ocr_pages: the most scanned pages OCR reads in each file (the
 *   others get a notice); 0 for all
 *
 * Reads every file: pages with a text layer use it, scanned pages are
 * read by OCR in parallel, one page per core. One unreadable file fails
 * the whole job with a message naming it.
 *
 * Returns: (transfer container): a #LayananIntakeDocument for each path,
 *   in order, or %NULL with an error (%G_IO_ERROR_CANCELLED when cancelled)
 */
GPtrArray *
layanan_intake_job_run_sync (const char * const  *paths,
                             guint                max_ocr_pages,
                             GCancellable        *cancellable,
                             GError             **error)
{
  g_return_val_if_fail (paths != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return intake_run (paths, max_ocr_pages, NULL, cancellable, error);
}

typedef struct
{
  GStrv    paths;
  guint    max_ocr_pages;
  Progress progress;
} JobData;

static void
job_data_free (JobData *data)
{
  g_strfreev (data->paths);
  g_main_context_unref (data->progress.context);
  g_mutex_clear (&data->progress.lock);
  g_free (data);
}

static void
intake_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  JobData *data = task_data;
  GError *error = NULL;
  GPtrArray *documents;

  documents = intake_run ((const char * const *) data->paths, data->max_ocr_pages,
                          &data->progress, cancellable, &error);
  if (documents != NULL)
    g_task_return_pointer (task, documents, (GDestroyNotify) g_ptr_array_unref);
  else
    g_task_return_error (task, error);
}

/**
 * layanan_intake_job_run_async:
 * @progress: (nullable): called with the fraction of pages done, on the
 *   thread-default main context of the caller, always before @callback
 *
 * As layanan_intake_job_run_sync(), in a worker thread.
 */
void
layanan_intake_job_run_async (const char * const  *paths,
                              guint                max_ocr_pages,
                              GCancellable        *cancellable,
                              LayananProgressFunc  progress,
                              gpointer             progress_data,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  JobData *data;

  g_return_if_fail (paths != NULL);

  data = g_new0 (JobData, 1);
  data->paths = g_strdupv ((char **) paths);
  data->max_ocr_pages = max_ocr_pages;
  data->progress.func = progress;
  data->progress.data = progress_data;
  data->progress.context = g_main_context_ref_thread_default ();
  g_mutex_init (&data->progress.lock);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, layanan_intake_job_run_async);
  g_task_set_task_data (task, data, (GDestroyNotify) job_data_free);
  g_task_run_in_thread (task, intake_thread);
}

/**
 * layanan_intake_job_run_finish:
 *
 * Returns: (transfer container): as layanan_intake_job_run_sync()
 */
GPtrArray *
layanan_intake_job_run_finish (GAsyncResult  *result,
                               GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == layanan_intake_job_run_async,
                        NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
