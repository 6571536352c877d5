;;; names-eglot.el --- Emacs + eglot headless test of the Copydesk language server  -*- lexical-binding: t; -*-
;; Diagnostics arrive (through Flymake), a code action applies, hover shows the evidence.
;; Run by test/e2e/run-editors.mjs:  emacs --batch -Q -l names-eglot.el
;; Env: COPYDESK_SERVER (dist/server.js, or bin/copydesk.js with COPYDESK_SERVER_ARGS=lsp),
;; COPYDESK_WORKSPACE (a fresh copy of the fixture workspace).

(dolist (dir (file-expand-wildcards "/usr/share/emacs/site-lisp/elpa/*"))
  (add-to-list 'load-path dir))
(require 'eglot)
(require 'flymake)
(require 'cl-lib)

(defvar copydesk-failures 0)
(defun copydesk-report (ok name &optional detail)
  (unless ok (setq copydesk-failures (1+ copydesk-failures)))
  (princ (format "%s %s%s\n" (if ok "PASS" "FAIL") name (if (and detail (not ok)) (format " -- %s" detail) "")))
  ok)
(defun copydesk-finish ()
  (ignore-errors (eglot-shutdown (eglot-current-server)))
  (kill-emacs (if (> copydesk-failures 0) 1 0)))
(defun copydesk-wait (pred seconds)
  "Process events until PRED holds or SECONDS pass."
  (let ((end (+ (float-time) seconds)))
    (while (and (not (funcall pred)) (< (float-time) end))
      (accept-process-output nil 0.05))
    (funcall pred)))

(let* ((server (or (getenv "COPYDESK_SERVER") (error "COPYDESK_SERVER")))
       (root (file-name-as-directory (or (getenv "COPYDESK_WORKSPACE") (error "COPYDESK_WORKSPACE"))))
       (draft (expand-file-name "drafts/story.md" root)))
  ;; A Markdown mode stand-in (markdown-mode is not part of Emacs); the server knows drafts by .md.
  (define-derived-mode copydesk-md-mode text-mode "Copydesk-MD")
  (add-to-list 'eglot-server-programs
               `(copydesk-md-mode . ("node" ,server ,@(split-string (or (getenv "COPYDESK_SERVER_ARGS") "")) "--stdio")))
  ;; The fixture folder is the project (no VCS needed).
  (add-hook 'project-find-functions (lambda (_dir) (cons 'transient root)))
  (setq eglot-sync-connect t eglot-autoshutdown t flymake-no-changes-timeout 0.05)
  (find-file draft)
  (copydesk-md-mode)
  (condition-case err
      (apply #'eglot (eglot--guess-contact))
    (error (copydesk-report nil "eglot connects" (error-message-string err)) (copydesk-finish)))
  (copydesk-report (eglot-current-server) "eglot connects")
  (flymake-mode 1)
  (flymake-start)

  ;; 1. Diagnostics.
  (cl-flet ((diags-with (code)
              (cl-remove-if-not
               (lambda (d)
                 (let ((lsp (cdr (assoc 'eglot-lsp-diag (flymake-diagnostic-data d)))))
                   (equal (plist-get lsp :code) code)))
               (flymake-diagnostics))))
    (copydesk-wait (lambda () (and (diags-with "names/spelling-variant") (diags-with "names/title-mismatch"))) 20)
    (let ((spelling (car (diags-with "names/spelling-variant")))
          (title (car (diags-with "names/title-mismatch"))))
      (copydesk-report spelling "names/spelling-variant diagnostic arrives" (format "%S" (flymake-diagnostics)))
      (copydesk-report title "names/title-mismatch diagnostic arrives")
      (unless (and spelling title) (copydesk-finish))
      (copydesk-report (equal (buffer-substring-no-properties (flymake-diagnostic-beg spelling) (flymake-diagnostic-end spelling)) "Lindkvist")
                       "the diagnostic covers the misspelled name")

      ;; 2. Hover over the title mismatch.
      (goto-char (1+ (flymake-diagnostic-beg title)))
      (let* ((hover (jsonrpc-request (eglot-current-server) :textDocument/hover (eglot--TextDocumentPositionParams)))
             (contents (plist-get hover :contents))
             (text (if (stringp contents) contents (or (plist-get contents :value) (format "%S" contents)))))
        (copydesk-report (and (string-match-p "Northern Wire" text) (string-match-p "Finance Minister Tomas Berg" text))
                         "hover shows the reference outlet and sentence" text))

      ;; 3. Code action: eglot sends the Flymake diagnostics at the range, as M-x eglot-code-actions does.
      (let* ((actions (eglot-code-actions (flymake-diagnostic-beg title) (flymake-diagnostic-end title)))
             (fix (cl-find-if (lambda (a) (string-match-p "Change to \"Finance Minister\"" (plist-get a :title))) actions)))
        (copydesk-report fix "a \"Change to Finance Minister\" code action is offered" (format "%S" (mapcar (lambda (a) (plist-get a :title)) actions)))
        (when fix
          (eglot--apply-workspace-edit (plist-get fix :edit))
          ;; eglot sends didChange from an idle timer, which batch mode never reaches: send it now.
          (eglot--signal-textDocument/didChange)
          (copydesk-report (save-excursion (goto-char (point-min)) (search-forward "Finance Minister Tomas Berg said" nil t))
                           "the code action edits the buffer" (buffer-string))
          (copydesk-report (copydesk-wait (lambda () (null (diags-with "names/title-mismatch"))) 10)
                           "the re-check no longer reports the title mismatch" (format "%S" (flymake-diagnostics)))
          (copydesk-report (diags-with "names/spelling-variant") "the spelling variant is still reported"))))))
(copydesk-finish)
