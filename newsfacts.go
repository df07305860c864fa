package newsfacts

import (
	"context"

	"github.com/newsfacts/newsfacts/analyzer"
)

// Analyze runs the default pipeline (all built-in analysers) on doc and
// returns its Report. The error joins the failures of individual
// analysers; the Report is still returned, with the facts of every
// analyser that succeeded and the failures listed in Report.Errors.
func Analyze(ctx context.Context, doc *analyzer.Document) (*Report, error) {
	res, err := DefaultPipeline().Run(ctx, doc)
	return NewReport(res), err
}
