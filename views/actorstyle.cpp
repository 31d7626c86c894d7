#include "actorstyle.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace dtdb::views {

namespace {

// Drawn rather than loaded, so that the icons scale and need no image files: a person for a
// human, a four-pointed spark for an AI, a gear for a system.
void drawGlyph(QPainter &p, ActorType type, qreal size)
{
    const qreal c = size / 2;
    p.setPen(Qt::NoPen);
    p.setBrush(Qt::white);
    switch (type) {
    case ActorType::Human: {
        p.drawEllipse(QPointF(c, size * 0.36), size * 0.15, size * 0.15);
        QPainterPath body;
        body.moveTo(size * 0.22, size * 0.80);
        body.cubicTo(size * 0.22, size * 0.52, size * 0.78, size * 0.52, size * 0.78, size * 0.80);
        body.closeSubpath();
        p.drawPath(body);
        break;
    }
    case ActorType::Ai: {
        QPainterPath spark;
        const qreal r = size * 0.32, w = size * 0.08;
        spark.moveTo(c, c - r);
        spark.quadTo(c + w, c - w, c + r, c);
        spark.quadTo(c + w, c + w, c, c + r);
        spark.quadTo(c - w, c + w, c - r, c);
        spark.quadTo(c - w, c - w, c, c - r);
        p.drawPath(spark);
        break;
    }
    case ActorType::System: {
        const qreal outer = size * 0.30, tooth = size * 0.09;
        for (int i = 0; i < 8; ++i) {
            p.save();
            p.translate(c, c);
            p.rotate(i * 45.0);
            p.drawRect(QRectF(-tooth / 2, -outer - tooth * 0.6, tooth, tooth * 1.2));
            p.restore();
        }
        QPainterPath ring;
        ring.addEllipse(QPointF(c, c), outer, outer);
        ring.addEllipse(QPointF(c, c), outer * 0.42, outer * 0.42);
        p.drawPath(ring); // odd-even fill leaves the hole
        break;
    }
    }
}

QPixmap pixmap(ActorType type, int size)
{
    QPixmap pm(size, size);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(actorColor(type));
    p.drawEllipse(QRectF(0, 0, size, size));
    drawGlyph(p, type, size);
    return pm;
}

} // namespace

QColor actorColor(ActorType type)
{
    switch (type) {
    case ActorType::Human:
        return QColor(0x2e, 0x7d, 0xd7);
    case ActorType::Ai:
        return QColor(0x8e, 0x44, 0xad);
    case ActorType::System:
        break;
    }
    return QColor(0x5f, 0x6b, 0x7a);
}

QIcon actorIcon(ActorType type)
{
    QIcon icon;
    for (const int size : {16, 24, 32, 48, 64})
        icon.addPixmap(pixmap(type, size));
    return icon;
}

QString actorTypeName(ActorType type)
{
    switch (type) {
    case ActorType::Human:
        return QCoreApplication::translate("dtdb::views::Actor", "Human");
    case ActorType::Ai:
        return QCoreApplication::translate("dtdb::views::Actor", "AI");
    case ActorType::System:
        break;
    }
    return QCoreApplication::translate("dtdb::views::Actor", "System");
}

} // namespace dtdb::views
