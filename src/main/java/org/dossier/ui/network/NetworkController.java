package org.dossier.ui.network;

import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import javafx.collections.ListChangeListener;
import javafx.scene.control.Tab;

import org.dossier.analysis.AnalysisIndex;
import org.dossier.analysis.EntityGraph;
import org.dossier.analysis.GraphEdge;
import org.dossier.analysis.GraphNode;
import org.dossier.analysis.GraphQuery;
import org.dossier.analysis.Passage;
import org.dossier.article.ArticleSummary;
import org.dossier.annotate.EntityType;
import org.dossier.ui.analysis.LibraryAnalysis;
import org.dossier.ui.reader.ReaderPane;
import org.dossier.ui.reader.TextRange;
import org.dossier.ui.session.BackgroundTasks;
import org.dossier.ui.session.ReadingSession;

/**
 * The entity network tab: asks the library's {@link AnalysisIndex} for the network of the chosen
 * types (over the listed articles, if asked), off the FX thread, and shows its strongest links on
 * the {@link NetworkCanvas}; the minimum-weight slider and the entity cap only choose among what was
 * computed, so they answer at once. A click on a link lists the paragraphs its entities share (a
 * click on one opens the article there); a click on a node opens the entity's profile. A sequence
 * number drops a result that arrives after the filters changed again. FX-thread confined.
 */
public final class NetworkController {
    /** How many nodes the index is asked for: more than the largest cap, so the slider can cut in the view. */
    private static final int QUERY_NODES = 2_000;
    private static final int PASSAGE_LIMIT = 100;

    private final ReadingSession session;
    private final ReaderPane reader;
    private final LibraryAnalysis analysis;
    private final NetworkView view;
    private final Tab tab;
    private EntityGraph graph = new EntityGraph(java.util.List.of(), java.util.List.of());
    /** Whether the graph has been asked for (the tab was shown once). */
    private boolean asked;
    private long sequence;
    private long passageSequence;
    private Consumer<String> onProfile = id -> { };

    public NetworkController(ReadingSession session, ReaderPane reader, LibraryAnalysis analysis) {
        this.session = session;
        this.reader = reader;
        this.analysis = analysis;
        this.view = new NetworkView(this::open);
        this.tab = new Tab("Network", view);
        tab.setId("tab-network");
        tab.setClosable(false);
        NetworkWindow window = new NetworkWindow(tab, view);
        view.popOut.setOnAction(e -> window.open());
        view.canvas.setOnEdge(this::listPassages);
        view.canvas.setOnNode(node -> onProfile.accept(node.id()));
        analysis.indexProperty().addListener((o, was, now) -> requery());
        view.types.values().forEach(t -> t.selectedProperty().addListener((o, a, b) -> requery()));
        view.listedOnly.selectedProperty().addListener((o, a, b) -> requery());
        session.list().shown().addListener((ListChangeListener<ArticleSummary>) c -> {
            if (view.listedOnly.isSelected()) {
                requery();
            }
        });
        view.minWeight.valueProperty().addListener((o, a, b) -> {
            int w = (int) Math.round(b.doubleValue());
            view.minWeightValue.setText(Integer.toString(w));
            if (w != (int) Math.round(a.doubleValue())) {
                reselect();
            }
        });
        view.cap.valueProperty().addListener((o, a, b) -> reselect());
        // The graph waits until the tab is first shown: nobody looks at it before.
        tab.selectedProperty().addListener((o, a, shown) -> {
            if (shown && !asked) {
                requery();
            }
        });
    }

    /** The side panel's Network tab. */
    public Tab tab() {
        return tab;
    }

    /** What a click on a node does: the window opens the entity's profile (the id given). */
    public void setOnOpenProfile(Consumer<String> action) {
        this.onProfile = action;
    }

    /** Stops the layout's thread. */
    public void close() {
        view.canvas.stop();
    }

    private void requery() {
        if (!tab.isSelected() && !asked) {
            return; // not computed before the tab is first shown
        }
        asked = true;
        AnalysisIndex index = analysis.indexProperty().get();
        Set<EntityType> types = view.chosenTypes();
        Set<String> articles = view.listedOnly.isSelected()
                ? session.list().shown().stream().map(ArticleSummary::id).collect(Collectors.toSet()) : null;
        GraphQuery query = new GraphQuery(1, types, articles, QUERY_NODES);
        long mine = ++sequence;
        view.status.setText(analysis.completeProperty().get() ? "Working out the network…" : "Reading the library…");
        BackgroundTasks.task(() -> new Answer(index.graph(query), typesOf(index)))
                .onSuccess(answer -> {
                    if (mine == sequence) {
                        EntityGraph g = answer.graph();
                        view.showTypes(answer.types());
                        graph = g;
                        int heaviest = Math.max(2, ShownGraph.maxWeight(g));
                        view.minWeight.setMax(heaviest);
                        if (view.minWeight.getValue() > heaviest) {
                            view.minWeight.setValue(heaviest);
                        }
                        reselect();
                    }
                })
                .onError(e -> view.status.setText("The network could not be worked out: " + e.getMessage()))
                .start();
    }

    private record Answer(EntityGraph graph, Set<EntityType> types) { }

    /** The types of name the library has entities of. */
    private static Set<EntityType> typesOf(AnalysisIndex index) {
        Set<EntityType> types = java.util.EnumSet.noneOf(EntityType.class);
        if (index.entityIndex() != null) {
            for (var e : index.entityIndex().all()) {
                types.add(e.type());
            }
        }
        return types;
    }

    /** Chooses the strongest links under the slider and the cap, and draws them. */
    private void reselect() {
        int minWeight = (int) Math.round(view.minWeight.getValue());
        int cap = view.cap.getValue() == null ? NetworkView.CAPS[0] : view.cap.getValue();
        ShownGraph shown = ShownGraph.of(graph, view.chosenTypes(), minWeight, cap, cap * 2);
        view.canvas.show(shown);
        view.status.setText(status(shown));
    }

    private String status(ShownGraph shown) {
        if (shown.nodes().isEmpty()) {
            return analysis.completeProperty().get() ? "No two entities of these types share a paragraph this often."
                    : "Reading the library…";
        }
        String s = shown.nodes().size() + " entities, " + shown.edges().size() + " links";
        if (shown.candidates() > shown.nodes().size()) {
            s += " — the strongest, of " + (shown.candidates() >= QUERY_NODES ? "over " + QUERY_NODES : shown.candidates())
                    + " entities; raise the minimum to see fewer";
        }
        return s + ". Click a link for its paragraphs, an entity for its profile; drag to arrange.";
    }

    private void listPassages(GraphEdge edge) {
        view.canvas.choose(edge);
        GraphNode a = node(edge.source());
        GraphNode b = node(edge.target());
        String names = (a == null ? edge.source() : a.name()) + " and " + (b == null ? edge.target() : b.name());
        view.passagesTitle.setText(names + " share " + edge.weight() + (edge.weight() == 1 ? " paragraph" : " paragraphs"));
        AnalysisIndex index = analysis.indexProperty().get();
        Set<String> listed = view.listedOnly.isSelected()
                ? session.list().shown().stream().map(ArticleSummary::id).collect(Collectors.toSet()) : null;
        long mine = ++passageSequence;
        BackgroundTasks.task(() -> index.edgePassages(edge.source(), edge.target(), analysis.articles(), PASSAGE_LIMIT))
                .onSuccess(found -> {
                    if (mine == passageSequence) {
                        view.passages.getItems().setAll(listed == null ? found
                                : found.stream().filter(p -> listed.contains(p.articleId())).toList());
                    }
                })
                .onError(e -> session.notify("The shared paragraphs could not be read: " + e.getMessage()))
                .start();
    }

    private GraphNode node(String id) {
        return view.canvas.graph().nodes().stream().filter(n -> n.id().equals(id)).findFirst().orElse(null);
    }

    /** Opens the passage's article with the mention selected. */
    private void open(Passage p) {
        session.openArticle(p.articleId(), () -> reader.select(new TextRange(p.markStart(), p.markEnd())));
    }
}
