// The seed's schema.js (../shared/seed), with the storage given by the caller instead of ./database/demo.db.
const { Sequelize, DataTypes } = require('sequelize');

module.exports = (storage) => {
  const sequelize = new Sequelize('database', 'username', 'password', {
    dialect: 'sqlite',
    storage,
    logging: false,
  });

  const Livre = sequelize.define('Livre', {
    ID: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
    Nom: { type: DataTypes.STRING },
    NomSansEspaces: { type: DataTypes.STRING, allowNull: false },
    Presentation: { type: DataTypes.STRING(10000), allowNull: false },
    Description: { type: DataTypes.STRING },
    Couverture: { type: DataTypes.STRING },
    Prix: { type: DataTypes.FLOAT },
    Genre: { type: DataTypes.STRING },
    Accroche: { type: DataTypes.STRING },
    Lien: { type: DataTypes.STRING },
    Auteur: { type: DataTypes.STRING },
    Edition: { type: DataTypes.STRING },
    Quantite: { type: DataTypes.INTEGER },
    Annee: { type: DataTypes.INTEGER, allowNull: false },
    NbPages: { type: DataTypes.INTEGER, allowNull: false },
    Ventes: { type: DataTypes.FLOAT, allowNull: false },
    Arriere: { type: DataTypes.STRING, allowNull: false },
    Dos: { type: DataTypes.STRING, allowNull: false },
  }, {
    tableName: 'Livres',
    timestamps: false,
  });

  return { sequelize, Livre };
};
